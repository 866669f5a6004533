package org.vetcpd.research;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.vetcpd.core.Problems;
import org.vetcpd.rules.RubricRef;

/**
 * What produced a table, as its codebook ({@link DataPackage}) records it in the {@code vetcpd}
 * property: the rubric (id, version, fingerprint; a comparison's two rubrics, A and B), vetcpd's version and build commit, the command
 * line, each input file's SHA-256, the settings of a random analysis (seed, draws,
 * concentration), and how cells from data were written ({@link CsvCells}).
 *
 * <p>Build with {@code Provenance.builder()}; {@code version} and {@code commit} default to {@link
 * BuildInfo}'s. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractProvenance {
  AbstractProvenance() {}

  /**
   * Returns the rubric the table was scored with.
   *
   * @return the rubric's id, version and fingerprint; empty for a table that involves none
   */
  public abstract Optional<RubricRef> rubric();

  /**
   * Returns the second rubric of a table that compares two ({@code vetcpd compare --rubric A
   * --rubric B}); {@link #rubric()} is then the first, A.
   *
   * @return rubric B's id, version and fingerprint; empty for a table of one rubric
   */
  public abstract Optional<RubricRef> rubricB();

  /**
   * Returns vetcpd's version; default {@link BuildInfo#version()}.
   *
   * @return the version
   */
  @Value.Default
  public String version() {
    return BuildInfo.version();
  }

  /**
   * Returns the commit vetcpd was built from; default {@link BuildInfo#commit()}.
   *
   * @return the commit
   */
  @Value.Default
  public String commit() {
    return BuildInfo.commit();
  }

  /**
   * Returns the command line that wrote the table, e.g. {@code vetcpd table data.json -o t.csv}.
   *
   * @return the command line; empty when written from Java
   */
  public abstract Optional<String> command();

  /**
   * Returns the SHA-256 of each input file, keyed by the file as the command named it.
   *
   * @return {@code file → sha256:hex}, in the order given
   */
  public abstract ImmutableMap<String, String> inputs();

  /**
   * Returns the random seed of a sensitivity analysis.
   *
   * @return the seed; empty for other tables
   */
  public abstract OptionalLong seed();

  /**
   * Returns the number of weight draws of a sensitivity analysis.
   *
   * @return the draws; empty for other tables
   */
  public abstract OptionalInt draws();

  /**
   * Returns the Dirichlet concentration of a sensitivity analysis.
   *
   * @return the concentration; empty for other tables
   */
  public abstract OptionalDouble concentration();

  /**
   * Returns how cells from data were written; default {@link CsvCells#SAFE}.
   *
   * @return the cell mode
   */
  @Value.Default
  public CsvCells cells() {
    return CsvCells.SAFE;
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.nonBlank("version", version()).nonBlank("commit", commit());
    if (rubricB().isPresent() && rubric().isEmpty()) {
      p.add("rubricB", "a second rubric needs the first: set rubric too");
    }
    inputs().forEach((file, hash) -> {
      if (!hash.matches("sha256:[0-9a-f]{64}")) {
        p.add("inputs." + file, "must be sha256: and 64 lower-case hex digits, was \"" + hash
            + "\"");
      }
    });
    p.throwIfAny();
  }

  /**
   * Returns the SHA-256 of a file's bytes, as {@link #inputs()} records it.
   *
   * @param file the file
   * @return {@code sha256:} and 64 lower-case hex digits
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String sha256(Path file) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        md.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + AtomicFile.reason(e), e);
    }
    return "sha256:" + HexFormat.of().formatHex(md.digest());
  }
}
