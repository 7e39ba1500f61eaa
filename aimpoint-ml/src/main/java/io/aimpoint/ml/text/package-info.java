/**
 * Text understanding: a pretrained bilingual sentence-embedding model run in process ({@link
 * io.aimpoint.ml.text.BgeSmallZhEmbedder}, BGE-small-zh v1.5 on ONNX Runtime) behind the {@link
 * io.aimpoint.ml.text.TextEmbedder} role, a content-hash cache in front of it, keyword extraction
 * with Lucene analyzers weighted by TF-IDF over a corpus statistic ({@link
 * io.aimpoint.ml.text.DocumentFrequencies}), and zero-shot categorization of page text by
 * similarity to category descriptions.
 *
 * <p>Nothing here downloads anything: the model and the tokenizer are classpath resources and the
 * native libraries ship inside their jars. Nothing here knows about the engine; it calls these
 * classes when creatives, pages and queries arrive.
 */
package io.aimpoint.ml.text;
