package io.aimpoint.core.campaign;

public enum Gender {
  FEMALE,
  MALE,
  OTHER
}
