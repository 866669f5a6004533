package org.vetcpd.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.regex.Pattern;

/**
 * The id, version and content fingerprint of the {@link Rubric} a report was scored with, so that
 * a published score names exactly what was scored: two rubrics may share an id and version, never
 * a fingerprint (see {@link Rubric#fingerprint()}).
 *
 * <p>JSON: {@code {"id": ..., "version": ..., "fingerprint": "sha256:..."}}. This class is
 * immutable and thread-safe.
 *
 * @param id the rubric's id, e.g. {@code vetcpd-standard}
 * @param version the rubric's version, e.g. {@code 1.0}
 * @param fingerprint the rubric's fingerprint, {@code sha256:} and 64 lower-case hex digits
 */
@JsonPropertyOrder({"id", "version", "fingerprint"})
public record RubricRef(
    @JsonProperty("id") String id,
    @JsonProperty("version") String version,
    @JsonProperty("fingerprint") String fingerprint) {

  private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");

  /**
   * Creates a reference.
   *
   * @param id the rubric's id, not blank
   * @param version the rubric's version, not blank
   * @param fingerprint the rubric's fingerprint, {@code sha256:} and 64 lower-case hex digits
   * @throws IllegalArgumentException if the id or version is blank or the fingerprint malformed
   */
  @JsonCreator
  public RubricRef {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(fingerprint, "fingerprint");
    checkArgument(!id.isBlank(), "id must not be blank");
    checkArgument(!version.isBlank(), "version must not be blank");
    checkArgument(FINGERPRINT.matcher(fingerprint).matches(),
        "fingerprint must be sha256: and 64 lower-case hex digits, was \"%s\"", fingerprint);
  }

  /**
   * Returns {@code id version (fingerprint)}, e.g. {@code vetcpd-standard 1.0 (sha256:3f1a...)}.
   */
  @Override
  public String toString() {
    return id + " " + version + " (" + fingerprint + ")";
  }
}
