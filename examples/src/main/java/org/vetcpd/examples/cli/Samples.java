package org.vetcpd.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;

/**
 * The sample data sets bundled in the examples jar, read from the class path, so that the CLI and
 * a jshell session work without a path to {@code examples/data/}.
 *
 * <p>The build copies every {@code examples/data/*.json} file into the jar under {@value
 * #RESOURCE_DIR}; {@link #sample()} is {@code sample.json}, seed 000's two Restaurant and Food
 * Processing schools.
 *
 * <p>This class is thread-safe: every call reads the resource afresh.
 */
public final class Samples {
  /** The class path folder that holds the bundled data sets. */
  public static final String RESOURCE_DIR = "org/vetcpd/examples/data/";

  /** The name of the data set that {@code vetcpd} scores when given no arguments. */
  public static final String SAMPLE = "sample";

  private Samples() {}

  /**
   * Reads the bundled sample data set, {@code examples/data/sample.json}.
   *
   * @return the data set
   * @throws IllegalStateException if the jar was built without it
   */
  public static Dataset sample() {
    return read(SAMPLE);
  }

  /**
   * Reads a bundled data set by its file name in {@code examples/data/}, with or without {@code
   * .json}, e.g. {@code "health-care"}.
   *
   * @param name the file name
   * @return the data set
   * @throws IllegalArgumentException if no such data set is bundled
   * @throws org.vetcpd.core.ValidationException if the data set is invalid
   */
  public static Dataset read(String name) {
    requireNonNull(name, "name");
    String file = name.endsWith(".json") ? name : name + ".json";
    String resource = RESOURCE_DIR + file;
    try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        if (SAMPLE.equals(name)) {
          throw new IllegalStateException("the sample data set " + resource
              + " is not on the class path; build with ./mvnw package");
        }
        throw new IllegalArgumentException("no bundled data set " + file
            + " (looked for " + resource + " on the class path)");
      }
      return VetcpdJson.readDataset(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
