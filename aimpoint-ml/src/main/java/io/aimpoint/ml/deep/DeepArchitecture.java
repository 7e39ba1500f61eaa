package io.aimpoint.ml.deep;

/** The deep CTR network families. */
public enum DeepArchitecture {
  /**
   * DeepFM: H. Guo et al., "DeepFM: A Factorization-Machine based Neural Network for CTR
   * Prediction", IJCAI 2017. An FM over the field embeddings plus an MLP over their concatenation.
   */
  DEEPFM,
  /**
   * DCN-V2: R. Wang et al., "DCN V2: Improved Deep &amp; Cross Network", WWW 2021. Full-rank cross
   * layers {@code x_{l+1} = x0 ⊙ (W_l x_l + b_l) + x_l} in parallel with an MLP, both over the
   * concatenated field embeddings.
   */
  DCNV2
}
