/**
 * JMH microbenchmarks of model scoring: a request's candidates scored in one call, as the decision
 * pipeline does. Run with {@code aimpoint bench scoring}; never part of the test phase.
 */
package io.aimpoint.bench.scoring;
