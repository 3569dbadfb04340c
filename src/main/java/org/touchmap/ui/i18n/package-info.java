/**
 * The interface's words in English, Russian and Serbian (Cyrillic).
 * {@link org.touchmap.ui.i18n.Messages} holds the interface language and the main {@code messages}
 * bundle; a ui package with a bundle of its own reads it through a small subclass of
 * {@link org.touchmap.ui.i18n.BundleText}. {@link org.touchmap.ui.i18n.LanguageChoice} keeps the
 * language picked in View → Language for the next start, and
 * {@link org.touchmap.ui.i18n.PercentText} writes a share the same way wherever one is shown.
 *
 * <p>Every ui package uses this one; it needs only {@link org.touchmap.model.Bundles}, the loader
 * that falls back to English rather than to the machine's language. The layers below keep bundles
 * for what they write themselves (catalog and template names in {@code model}, errors in {@code io},
 * exports in {@code render}). The product's words are fixed once, in the glossary bundle
 * {@code org/touchmap/model/glossary.properties}, so one idea has one word in each language.
 */
package org.touchmap.ui.i18n;
