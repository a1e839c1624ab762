package dev.briefings.edition.job;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;

/**
 * A bean made anew in each step, as {@code @StepScope} makes it, but reached through a JDK proxy
 * of its interfaces rather than a CGLIB subclass generated at start-up. Inject it by its
 * interface ({@code ItemStreamReader<StoryItem>}, {@code Tasklet}), never by its class.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
@interface StepBean {
}
