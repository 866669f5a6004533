package org.vetcpd.examples.cli.research;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.CsvImport;
import org.vetcpd.rules.Rubric;
import picocli.CommandLine;

/**
 * What the research commands share: reading their inputs, and turning user errors into exit
 * codes and lines on stderr, the same whether a command runs inside {@code vetcpd} or alone.
 */
final class Commands {
  /** Exit code: fine. */
  static final int OK = 0;
  /** Exit code: invalid data; every problem on stderr. */
  static final int INVALID = 1;
  /** Exit code: a usage error; one line on stderr. */
  static final int USAGE = 2;

  private Commands() {}

  /** Runs a command's work, printing user errors on stderr and returning the exit code. */
  static int run(CommandLine cmd, Callable<Integer> work) {
    PrintWriter err = cmd.getErr();
    try {
      return work.call();
    } catch (ValidationException e) {
      cmd.getOut().flush();
      for (Problem p : e.problems()) {
        err.println(p);
      }
      err.flush();
      return INVALID;
    } catch (UsageException e) {
      err.println("vetcpd: " + e.getMessage());
      err.flush();
      return USAGE;
    } catch (UncheckedIOException e) {
      err.println("vetcpd: " + e.getMessage());
      err.flush();
      return USAGE;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a data set: a JSON file, or a folder of CSV files ({@code teachers.csv}, {@code
   * activities.csv}, {@code drivers.csv}, {@code plan-items.csv}), with an optional JSON
   * catalogue for the folder's programmes, schools, activities and drivers.
   */
  static Dataset dataset(Path path, Path catalogue) {
    exists(path);
    if (Files.isDirectory(path)) {
      return catalogue == null ? CsvImport.read(path) : CsvImport.read(path, json(catalogue));
    }
    if (catalogue != null) {
      throw new UsageException("--catalogue goes with a folder of CSV files, not a JSON data set");
    }
    return json(path);
  }

  /** Reads a JSON data set file. */
  static Dataset json(Path path) {
    exists(path);
    if (Files.isDirectory(path)) {
      throw new UsageException(path + " is a directory, not a JSON file");
    }
    try {
      return VetcpdJson.readDataset(path);
    } catch (UncheckedIOException e) {
      throw cannotRead(path, e.getCause());
    }
  }

  /** Reads a rubric file, or returns the standard rubric; problems name the file. */
  static Rubric rubric(Path path) {
    if (path == null) {
      return Rubric.standard();
    }
    exists(path);
    String json;
    try {
      json = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw cannotRead(path, e);
    }
    try {
      return Rubric.fromJson(json);
    } catch (ValidationException e) {
      throw new ValidationException(e.problems().stream()
          .map(p -> new Problem(path + (p.path().isEmpty() ? "" : ": " + p.path()), p.message()))
          .collect(java.util.stream.Collectors.toList()));
    }
  }

  static void exists(Path path) {
    if (!Files.exists(path)) {
      throw new UsageException("no such file: " + path);
    }
  }

  private static UsageException cannotRead(Path path, Throwable cause) {
    String why;
    if (cause instanceof NoSuchFileException) {
      why = "no such file";
    } else if (cause instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (cause instanceof CharacterCodingException) {
      why = "not UTF-8 text";
    } else {
      why = String.valueOf(cause == null ? "unknown error" : cause.getMessage());
    }
    return new UsageException("cannot read " + path + ": " + why);
  }
}
