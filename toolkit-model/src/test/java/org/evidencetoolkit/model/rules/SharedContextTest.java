package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentRules#validate(Intervention)} hands every rule one context, built once per set of
 * rules: the same instance on every call and every thread, holding the built-in vocabularies and
 * the rules' scale, and immutable, so no rule can change what the next one sees.
 */
class SharedContextTest {
  /** Records the context of each check. */
  private static final class Spy implements ContentRule {
    final List<RuleContext> seen = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
      return "house.spy";
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public List<Violation> check(Intervention i, RuleContext context) {
      seen.add(context);
      return List.of();
    }
  }

  @Test
  void buildsTheBuiltInContextOnceAndSharesIt() throws InterruptedException {
    Spy spy = new Spy();
    ContentRules rules = ContentRules.defaults().with(spy);
    rules.validate(Samples.clean());
    rules.validate(Samples.clean());
    Thread other = new Thread(() -> rules.validate(Samples.clean()));
    other.start();
    other.join();
    assertThat(spy.seen).hasSize(3);
    assertThat(spy.seen.get(1)).isSameAs(spy.seen.get(0));
    assertThat(spy.seen.get(2)).isSameAs(spy.seen.get(0));
    RuleContext context = spy.seen.get(0);
    assertThat(context.knownSettings()).isEqualTo(Setting.builtIns());
    assertThat(context.knownSectors()).isEqualTo(Sector.builtIns());
    assertThat(context.impactScale()).isEqualTo(ImpactScale.defaults());
  }

  @Test
  void theSharedContextCannotBeChanged() {
    Spy spy = new Spy();
    ContentRules.defaults().with(spy).validate(Samples.clean());
    RuleContext context = spy.seen.get(0);
    Setting extra = Setting.of("prison", "Prison");
    assertThatThrownBy(() -> context.knownSettings().add(extra))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> context.knownSectors().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> context.knownSettingCodes().add("prison"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> context.knownSectorCodes().add("prison"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(context.knowsSetting("community")).isTrue();
    assertThat(context.knowsSetting("prison")).isFalse();
  }

  @Test
  void eachSetOfRulesHasItsOwnContextWithItsScale() {
    Spy first = new Spy();
    Spy second = new Spy();
    ImpactScale scale = ImpactScale.defaults();
    ContentRules.defaults().with(first).validate(Samples.clean());
    ContentRules.defaults().with(second).withImpactScale(scale).validate(Samples.clean());
    assertThat(second.seen.get(0)).isNotSameAs(first.seen.get(0));
    assertThat(second.seen.get(0).impactScale()).isSameAs(scale);
  }

  @Test
  void aToolkitsDeclarationsDoNotLeakIntoTheSharedContext() {
    Spy spy = new Spy();
    ContentRules rules = ContentRules.defaults().with(spy);
    Toolkit toolkit =
        Toolkit.builder()
            .title("House toolkit")
            .addSettings(Setting.of("prison", "Prison"))
            .addInterventions(Samples.clean())
            .build();
    rules.validate(toolkit);
    rules.validate(Samples.clean());
    assertThat(spy.seen.get(0).knowsSetting("prison")).isTrue();
    assertThat(spy.seen.get(1).knowsSetting("prison")).isFalse();
    assertThat(spy.seen.get(1).knownSettings()).isEqualTo(Setting.builtIns());
  }

  @Test
  void knowsCodesExactlyAsItsVocabulariesList() {
    RuleContext context =
        RuleContext.builder()
            .impactScale(ImpactScale.defaults())
            .addKnownSettings(Setting.of("a", "A"), Setting.of("b", "B"))
            .addKnownSectors(Sector.of("c", "C"))
            .build();
    assertThat(context.knownSettingCodes()).containsExactlyInAnyOrder("a", "b");
    assertThat(context.knownSectorCodes()).containsExactly("c");
    assertThat(context.knowsSector("c")).isTrue();
    assertThat(context.knowsSector("a")).isFalse();
  }
}
