package org.vetcpd.research;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The version and build commit of the running vetcpd, as every codebook records them: read from
 * the manifest of the jar that holds vetcpd ({@code Implementation-Version}, {@code
 * Build-Commit}), else from a resource the build fills in (as when run from {@code
 * target/classes}), else {@code unknown}. The one source of both for every vetcpd tool.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BuildInfo {
  /** What {@link #version()} and {@link #commit()} return when the build did not record it. */
  public static final String UNKNOWN = "unknown";

  private static final String VERSION;
  private static final String COMMIT;

  static {
    Attributes manifest = manifest();
    String version = manifest == null ? null : manifest.getValue("Implementation-Version");
    String commit = manifest == null ? null : manifest.getValue("Build-Commit");
    VERSION = known(version) ? version : resource("version");
    COMMIT = known(commit) ? commit : resource("commit");
  }

  private BuildInfo() {}

  /**
   * Returns vetcpd's version, e.g. {@code 0.1.0}.
   *
   * @return the version, or {@value #UNKNOWN}
   */
  public static String version() {
    return VERSION;
  }

  /**
   * Returns the commit vetcpd was built from.
   *
   * @return the commit id, or {@value #UNKNOWN}
   */
  public static String commit() {
    return COMMIT;
  }

  private static boolean known(String s) {
    return s != null && !s.isBlank() && !s.startsWith("${");
  }

  /** The main attributes of the manifest of the jar this class was loaded from, or null. */
  private static Attributes manifest() {
    try {
      CodeSource source = BuildInfo.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null || !"file".equals(location.getProtocol())) {
        return null;
      }
      Path path = Path.of(location.toURI());
      if (!Files.isRegularFile(path)) {
        return null; // a folder of classes, e.g. target/classes
      }
      try (JarFile jar = new JarFile(path.toFile())) {
        Manifest m = jar.getManifest();
        return m == null ? null : m.getMainAttributes();
      }
    } catch (IOException | java.net.URISyntaxException | IllegalArgumentException
        | java.nio.file.FileSystemNotFoundException | SecurityException e) {
      // no readable jar manifest (a folder of classes, an unusual class loader): use the resource
      return null;
    }
  }

  private static String resource(String key) {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return UNKNOWN;
    }
    String v = p.getProperty(key);
    return known(v) ? v : UNKNOWN;
  }
}
