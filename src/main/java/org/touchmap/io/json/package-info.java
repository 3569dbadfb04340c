/**
 * The {@code .cjm} file format: a map to JSON bytes and back ({@link org.touchmap.io.json.MapJson}),
 * and the small JSON documents made of the same parts (copied cards on the clipboard in
 * {@link org.touchmap.io.json.CardsJson}, a sample's title in {@link org.touchmap.io.json.MapTitle}).
 *
 * <p>Reading is a safe pipeline: the bytes are checked as UTF-8, parsed into a tree within
 * {@link org.touchmap.io.ReadLimits} and {@link org.touchmap.io.json.ElementLimits}, migrated from
 * older format versions, read field by field into DTOs with a precise {@link org.touchmap.io.FileLocation}
 * for every problem, and only then turned into the model, whose consistency is checked last.
 * Writing goes model → DTOs → pretty JSON in a stable order, so files diff well; fields a newer
 * version wrote are kept. The DTOs are the contract of the format (ADR 0001,
 * {@code docs/file-format.md}); the model stays free to change. Nothing outside {@code io} uses
 * Jackson.
 */
package org.touchmap.io.json;
