package io.aimpoint.core.ledger;

/** The delivery events the ledger counts; each may carry a charge depending on the bid type. */
public enum DeliveryKind {
  IMPRESSION,
  CLICK,
  CONVERSION
}
