package org.evidencetoolkit.render.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.render.html.AttributeProvider;
import org.evidencetoolkit.render.html.HtmlPartRendererFactory;

/**
 * An HTML renderer's configuration, fixed when it is built.
 *
 * @param headingBaseLevel the level of an intervention's title heading
 * @param classPrefix prefixed to every CSS class
 * @param labels the application's words, on top of the profile's
 * @param profile the profile given to the builder, if any
 * @param toolkit the toolkit given to the builder, if any
 * @param source the source of the toolkit given to the builder, if any
 * @param linkTarget the {@code target} of external links, if any
 * @param interventionLink where an intervention's own page is
 * @param partRendererFactories application part renderers, first registered first
 * @param attributeProviders application attribute providers, first registered first
 * @param scripts the addresses of scripts a whole page loads
 */
public record HtmlOptions(
    int headingBaseLevel,
    String classPrefix,
    Labels labels,
    Optional<Profile> profile,
    Optional<Toolkit> toolkit,
    Optional<Resource> source,
    Optional<String> linkTarget,
    Function<Intervention, Optional<String>> interventionLink,
    List<HtmlPartRendererFactory> partRendererFactories,
    List<AttributeProvider> attributeProviders,
    List<String> scripts) {
  /** Copies the lists. */
  public HtmlOptions {
    partRendererFactories = List.copyOf(partRendererFactories);
    attributeProviders = List.copyOf(attributeProviders);
    scripts = List.copyOf(scripts);
  }
}
