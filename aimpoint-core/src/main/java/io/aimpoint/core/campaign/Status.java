package io.aimpoint.core.campaign;

/** Lifecycle of advertisers, campaigns and creatives. Only {@code ACTIVE} objects serve. */
public enum Status {
  ACTIVE,
  PAUSED,
  ARCHIVED
}
