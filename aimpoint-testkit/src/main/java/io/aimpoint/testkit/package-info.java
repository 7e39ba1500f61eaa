/**
 * Test support shared by every module: {@link io.aimpoint.testkit.FakeClock}, in-memory fakes of
 * the storage ports ({@code memory}) and the contract suites every port implementation runs ({@code
 * contract}).
 */
package io.aimpoint.testkit;
