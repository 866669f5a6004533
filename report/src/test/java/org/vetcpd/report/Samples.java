package org.vetcpd.report;

import java.nio.file.Path;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;

/** The examples module's sample data sets, found through the build's system property. */
final class Samples {
  private Samples() {}

  static Path dir() {
    return Path.of(System.getProperty("vetcpd.data.dir", "../examples/data"));
  }

  static Dataset read(String name) {
    return VetcpdJson.readDataset(dir().resolve(name));
  }

  static Path out() {
    return Path.of(System.getProperty("vetcpd.report.out", "target"));
  }
}
