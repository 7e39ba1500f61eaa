package io.aimpoint.core.campaign;

public enum DeviceType {
  DESKTOP,
  MOBILE,
  TABLET,
  CTV,
  OTHER
}
