package org.vetcpd.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * vetcpd's one Immutables style, set once and applied to each package of value types: abstract
 * {@code Abstract*} types generate public {@code *} types (users see {@code Teacher}, not {@code
 * ImmutableTeacher}), with Guava collections, {@code with} copies, no nullable optionals and no
 * precomputed hash. Defaults are set in the constructor, without Immutables' initialisation shim
 * (a volatile field written twice per value built, a fence each time, for every plan item read):
 * every default of vetcpd is a constant or a build constant, none depends on another attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    allowedClasspathAnnotations = {Override.class},
    optionalAcceptNullable = false,
    unsafeDefaultAndDerived = true,
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ValueStyle {}
