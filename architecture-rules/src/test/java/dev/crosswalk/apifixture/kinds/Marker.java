package dev.crosswalk.apifixture.kinds;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** API fixture: an annotation type with a member. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Marker {
    String value() default "";
}
