/**
 * The journey map as plain Java data: a {@link org.touchmap.model.JourneyMap} of stages (the
 * columns of the funnel), lanes (the rows), touchpoints (each place where the customer meets the
 * business, drawn as a card, with its rating, emotion, channel and criteria scores) and chains (the
 * ordered paths of touchpoints), with the persona, snapshots and a dot vote. Beside it sit the fixed
 * vocabularies: the {@link org.touchmap.model.ChannelCatalog} with its evaluation criteria, and the
 * stage sets and industry starters a new map starts from ({@link org.touchmap.model.MapTemplates}).
 *
 * <p>This is the bottom layer: it uses only the JDK, and every layer above uses it. It holds data
 * and checks its invariants ({@link org.touchmap.model.MapConsistency}); changes come from commands
 * in {@code org.touchmap.edit} so that each can be undone, and the {@code .cjm} file format lives in
 * {@code org.touchmap.io} as DTOs, so the model knows no file. {@link org.touchmap.model.Bundles}
 * loads every resource bundle of the product; made-up maps of any size come from
 * {@code org.touchmap.model.generate}.
 */
package org.touchmap.model;
