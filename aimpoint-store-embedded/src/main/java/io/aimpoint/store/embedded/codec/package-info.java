/**
 * JSON encoding of domain records for storage: one configured Jackson mapper and an explicit codec
 * for the sealed {@code Event} hierarchy, so that core stays free of Jackson annotations.
 */
package io.aimpoint.store.embedded.codec;
