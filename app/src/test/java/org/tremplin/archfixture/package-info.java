/**
 * Deliberately broken (and one conforming) miniature code bases, one package per case, on which
 * {@code org.tremplin.app.architecture.ArchitectureRulesCatchViolationsTest} proves that each
 * architecture rule fails when it should. Each case mimics the production layout under its own
 * root ({@code <case>.domain}, {@code <case>.application}, {@code <case>.adapter...},
 * {@code <case>.ui}, {@code <case>.app}).
 *
 * <p>Test classes only, never instantiated. They carry no bean-defining annotation (no
 * {@code @Singleton}, {@code @Route}...) so that neither Micronaut nor Vaadin picks them up when
 * other tests start the application.
 */
package org.tremplin.archfixture;
