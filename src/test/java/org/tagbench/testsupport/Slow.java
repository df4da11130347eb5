package org.tagbench.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test (class or method) that trains a model with DJL or starts a child JVM. Such tests run in the plain
 * {@code mvn -B test}; {@code mvn -B test -DexcludedGroups=slow} runs the rest alone (README, "Tests").
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
