package org.evidencetoolkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the toolkit's value types, put on each package that declares them
 * (the model's packages and {@code org.evidencetoolkit.testing}), so that every generated builder
 * reads the same way.
 *
 * <ul>
 *   <li>The generated {@code Immutable*} classes and their builders are package-private, hidden
 *       behind each type's abstract {@code builder()}, {@code of(…)} and nested {@code Builder};
 *       {@code overshadowImplementation} makes the builders return the abstract type.
 *   <li>No Guava: the generated code uses the JDK's collections only.
 *   <li>A list attribute's builder adds one element under its singular name ({@code
 *       addPreventionType}, {@code addResource}), and several under its plural name ({@code
 *       addPreventionTypes(…)}, {@code addAllResources(…)}). The dictionary names the plurals the
 *       default rule (drop a final "s") would get wrong or that must stay as they are.
 * </ul>
 *
 * <p>Applications need not use it; it is public because the module system lets another module's
 * package carry only an exported annotation.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    overshadowImplementation = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    depluralize = true,
    depluralizeDictionary = {
      "preventionType:preventionTypes",
      "setting:settings",
      "sector:sectors",
      "resource:resources",
      "intervention:interventions"
    })
public @interface ToolkitStyle {}
