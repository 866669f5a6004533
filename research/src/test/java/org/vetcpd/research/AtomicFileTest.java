package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written in place: a path naming one of the process' open file descriptors writes to that
 * descriptor, as a shell's {@code >&N} would, never to a file the process opened for reading (a
 * closed standard output is reused by the next file the JVM opens, say its own {@code
 * lib/modules}); and such a file gets no codebook in {@code /dev}.
 */
class AtomicFileTest {
  @TempDir Path dir;

  private static boolean procFds() {
    return Files.isDirectory(Path.of("/proc/self/fdinfo")) && Files.isDirectory(Path.of("/dev/fd"));
  }

  /** The number of the descriptor this process has open on a file (the newest, if several). */
  private static int descriptorOf(Path file) throws IOException {
    Path real = file.toRealPath();
    int found = -1;
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          if (Path.of(Files.readSymbolicLink(fd).toString()).equals(real)) {
            found = Math.max(found, Integer.parseInt(fd.getFileName().toString()));
          }
        } catch (IOException e) {
          // closed meanwhile (the listing's own descriptor)
        }
      }
    }
    assertThat(found).as("a descriptor open on " + file).isNotNegative();
    return found;
  }

  /** Writes a file whole through {@link AtomicFile} and commits it. */
  private static void committed(Path target, String text) throws IOException {
    try (AtomicFile f = AtomicFile.create(target)) {
      f.writer().write(text);
      f.commit();
    }
  }

  @Test
  void aDescriptorOpenForReadingIsNeverTruncated() throws Exception {
    assumeTrue(procFds(), "no /proc/self/fdinfo here");
    Path file = dir.resolve("read-only.bin");
    Files.writeString(file, "the JVM's own file");
    try (FileInputStream in = new FileInputStream(file.toFile())) {
      int fd = descriptorOf(file);
      Path viaFd = Path.of("/dev/fd/" + fd);
      assertThatThrownBy(() -> AtomicFile.create(viaFd))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot write " + viaFd + ": file descriptor " + fd
              + " is not open for writing");
      assertThat(Files.readString(file)).isEqualTo("the JVM's own file");
      assertThat(in.read()).isEqualTo('t');
    }
  }

  @Test
  void aDescriptorOpenToAppendIsAppendedTo() throws Exception {
    assumeTrue(procFds(), "no /proc/self/fdinfo here");
    Path file = dir.resolve("appended.csv");
    try (FileOutputStream out = new FileOutputStream(file.toFile(), true)) {
      out.write("before\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      int fd = descriptorOf(file);
      committed(Path.of("/proc/self/fd/" + fd), "after\n");
      out.write("last\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(file)).isEqualTo("before\nafter\nlast\n");
  }

  @Test
  void aDescriptorToAFileNotOpenedToAppendIsRefused() throws Exception {
    assumeTrue(procFds(), "no /proc/self/fdinfo here");
    Path file = dir.resolve("written.txt");
    try (FileOutputStream out = new FileOutputStream(file.toFile())) {
      out.write("before\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      int fd = descriptorOf(file);
      Path viaFd = Path.of("/dev/fd/" + fd);
      // written anew from its start, it would lose "before", and what the descriptor writes next
      // would land over the output
      assertThatThrownBy(() -> AtomicFile.create(viaFd))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot write " + viaFd + ": file descriptor " + fd + " leads to a file not"
              + " opened to append; name the file itself, or open it to append (" + fd + ">>)");
    }
    assertThat(Files.readString(file)).isEqualTo("before\n");
  }

  /**
   * A file the process has open for reading, reached by a name through /proc other than its
   * descriptor's (/proc/self/root/..., a link to /proc/self): refused, left as it was. By its own
   * name it is replaced as any file is (the reader keeps reading what it opened).
   */
  @Test
  void aFileOpenForReadingIsNeverWrittenThroughProc() throws Exception {
    assumeTrue(procFds() && Files.isDirectory(Path.of("/proc/self/root")), "no /proc here");
    Path file = dir.resolve("open-for-reading.txt");
    Files.writeString(file, "kept");
    Path me = Files.createSymbolicLink(dir.resolve("me"), Path.of("/proc/self"));
    try (FileInputStream in = new FileInputStream(file.toFile())) {
      int fd = descriptorOf(file);
      // not a descriptor's name, but its file all the same
      Path throughRoot = Path.of("/proc/self/root" + file.toRealPath());
      assertThatThrownBy(() -> AtomicFile.create(throughRoot))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot write " + throughRoot + ": it is open in this process for reading"
              + " only, as file descriptor " + fd);
      // a descriptor's name reached through a link: the descriptor's check
      Path throughLink = me.resolve("fd").resolve(Integer.toString(fd));
      assertThatThrownBy(() -> AtomicFile.create(throughLink))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot write " + throughLink + ": file descriptor " + fd
              + " is not open for writing");
      assertThat(Files.readString(file)).isEqualTo("kept");
      committed(file, "replaced");
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("kept");
    } finally {
      Files.delete(me);
    }
    assertThat(Files.readString(file)).isEqualTo("replaced");
  }

  /**
   * ".." after a link is the folder above the link's target, as the kernel has it: names that
   * read as another file by their letters are written where they lead, and checked there.
   */
  @Test
  void dotDotAfterALinkIsResolvedAsTheKernelDoes() throws Exception {
    Path data = dir.resolve("data.json");
    Files.writeString(data, "input");
    Files.createDirectories(dir.resolve("sub/deep"));
    Files.createSymbolicLink(dir.resolve("d"), Path.of("sub/deep"));
    Path x = Files.createSymbolicLink(dir.resolve("x"), Path.of("d/../data.json"));
    assertThat(AtomicFile.resolve(x.toAbsolutePath())).isEqualTo(dir.resolve("sub/data.json"));
    committed(x, "output");
    assertThat(Files.readString(data)).isEqualTo("input");
    assertThat(Files.readString(dir.resolve("sub/data.json"))).isEqualTo("output");
    assertThat(Files.isSymbolicLink(x)).isTrue();

    assumeTrue(procFds(), "no /proc/self/fdinfo here");
    Path p = Files.createSymbolicLink(dir.resolve("p"), Path.of("/proc/self/fd"));
    try (FileInputStream in = new FileInputStream(data.toFile())) {
      int fd = descriptorOf(data);
      for (String name : List.of("p/../fd/" + fd, "p/../../self/fd/" + fd)) {
        Path viaDotDot = dir.resolve(name);
        assertThatThrownBy(() -> AtomicFile.create(viaDotDot))
            .isInstanceOf(UncheckedIOException.class)
            .hasMessage("cannot write " + viaDotDot + ": file descriptor " + fd
                + " is not open for writing");
      }
      assertThat(in.read()).isEqualTo('i');
    } finally {
      Files.delete(p);
    }
    assertThat(Files.readString(data)).isEqualTo("input");
  }

  /**
   * A name the kernel refuses is refused, not read by its letters: "." or ".." after a file, ".."
   * after a folder that does not exist (each read as data.json by the letters, an input).
   */
  @Test
  void namesTheKernelRefusesAreRefused() throws Exception {
    Path data = dir.resolve("data.json");
    Files.writeString(data, "input");
    Files.createSymbolicLink(dir.resolve("out.json"), Path.of("nd/../data.json"));
    for (String name : List.of("data.json/.", "data.json/../data.json")) {
      Path p = dir.resolve(name);
      assertThatThrownBy(() -> AtomicFile.create(p))
          .hasMessage("cannot write " + p + ": " + data + " is not a folder");
    }
    for (String name : List.of("nd/../data.json", "out.json")) {
      Path p = dir.resolve(name);
      assertThatThrownBy(() -> AtomicFile.create(p))
          .hasMessage("cannot write " + p + ": no such file or folder");
    }
    assertThat(Files.readString(data)).isEqualTo("input");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(data, dir.resolve("out.json"));
    }
  }

  /** A CSV file that would be its own codebook (by its name, or by a link) is refused. */
  @Test
  void aCsvIsNeverItsOwnCodebook() throws Exception {
    Provenance p = Provenance.builder().command("jshell").build();
    Path named = dir.resolve("a").resolve(DataPackage.FILE);
    Path linked = Files.createDirectories(dir.resolve("b")).resolve("x.csv");
    Files.createSymbolicLink(linked.resolveSibling(DataPackage.FILE), Path.of("x.csv"));
    for (Path csv : List.of(named, linked)) {
      AtomicFile f = AtomicFile.create(csv);
      f.writer().write("a\n1\n");
      assertThatThrownBy(() -> DataPackage.commit(f, List.of("a"), p))
          .hasMessage("cannot write " + csv + ": it would be its own codebook "
              + DataPackage.FILE + "; give the CSV file another name");
      f.close();
    }
    assertThat(named).doesNotExist();
    assertThat(linked).doesNotExist();
    // a codebook's name that leads to a device: no codebook, and so no CSV
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull), "no /dev/null here");
    Path c = Files.createDirectories(dir.resolve("c")).resolve("x.csv");
    Files.createSymbolicLink(c.resolveSibling(DataPackage.FILE), devNull);
    AtomicFile f = AtomicFile.create(c);
    f.writer().write("a\n1\n");
    assertThatThrownBy(() -> DataPackage.commit(f, List.of("a"), p))
        .hasMessageContaining("it is not a regular file (a device, a FIFO or a link to one)");
    f.close();
    assertThat(c).doesNotExist();
  }

  /**
   * A file written in place (here through /proc/self/root) is opened on the first write that
   * reaches it: a write dropped before that leaves it as it was, not truncated; text the writer
   * still holds when the write is dropped is dropped with it.
   */
  @Test
  void aFileWrittenInPlaceIsUntouchedByAWriteNotCommitted() throws Exception {
    Path root = Path.of("/proc/self/root");
    assumeTrue(Files.isDirectory(root), "no /proc here");
    Path file = dir.resolve("keep.txt");
    Files.writeString(file, "precious");
    Path inPlace = Path.of(root + file.toRealPath().toString());
    assertThat(AtomicFile.writtenInPlace(inPlace)).isTrue();
    try (AtomicFile f = AtomicFile.create(inPlace)) {
      f.writer().write("half a table");
    }
    assertThat(Files.readString(file)).isEqualTo("precious");
    committed(inPlace, "whole");
    assertThat(Files.readString(file)).isEqualTo("whole");
  }

  /** A codebook that is a symbolic link is never followed: it could lead anywhere. */
  @Test
  void aCodebookThatIsALinkIsRefused() throws Exception {
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "not named by the user");
    Path folder = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(folder.resolve(DataPackage.FILE), Path.of("../victim.txt"));
    Path csv = folder.resolve("t.csv");
    AtomicFile f = AtomicFile.create(csv);
    f.writer().write("a\n1\n");
    assertThatThrownBy(() -> DataPackage.commit(f, List.of("a"),
        Provenance.builder().command("jshell").build()))
        .hasMessageContaining("it is a symbolic link; the codebook is written only as a file of"
            + " the CSV file's folder: remove the link");
    f.close();
    assertThat(csv).doesNotExist();
    assertThat(Files.readString(victim)).isEqualTo("not named by the user");
  }

  /** A write that is not committed leaves nothing: not its file, nor the folders it made. */
  @Test
  void foldersMadeForAFileNotCommittedAreRemoved() throws Exception {
    Path target = dir.resolve("new/sub/table.csv");
    try (AtomicFile f = AtomicFile.create(target)) {
      f.writer().write("half");
    }
    assertThat(dir.resolve("new")).doesNotExist();
    Path kept = Files.createDirectories(dir.resolve("kept"));
    try (AtomicFile f = AtomicFile.create(kept.resolve("a/t.csv"))) {
      f.writer().write("half");
    }
    assertThat(kept).isDirectory();
    assertThat(kept.resolve("a")).doesNotExist();
    Path file = dir.resolve("file.json");
    Files.writeString(file, "{}");
    assertThatThrownBy(() -> AtomicFile.create(file.resolve("x.csv")))
        .hasMessage("cannot write " + file.resolve("x.csv") + ": " + file + " is not a folder");
    assertThatThrownBy(() -> AtomicFile.create(kept))
        .hasMessage("cannot write " + kept + ": is a folder");
  }

  /** A codebook that cannot be written leaves the CSV it describes uncommitted too. */
  @Test
  void aCsvWhoseCodebookCannotBeWrittenIsNotCommitted() throws Exception {
    Files.createDirectories(dir.resolve(DataPackage.FILE)); // a folder where it would go
    Path csv = dir.resolve("table.csv");
    Provenance p = Provenance.builder().command("jshell").build();
    AtomicFile f = AtomicFile.create(csv);
    f.writer().write("a\n1\n");
    assertThatThrownBy(() -> DataPackage.commit(f, List.of("a"), p))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("is a folder");
    f.close();
    assertThat(csv).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve(DataPackage.FILE));
    }
  }

  /** The four tables of a data set and their codebook: a codebook that fails leaves none. */
  @Test
  void aDataSetsTablesAreWrittenAllOrNone() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("tables").resolve(DataPackage.FILE));
    assertThatThrownBy(() -> CsvExport.write(SyntheticCohort.generate(3, 1), folder.getParent()))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("is a folder");
    try (Stream<Path> files = Files.list(folder.getParent())) {
      assertThat(files).containsExactly(folder);
    }
  }

  /** A path in /dev that names no device is never made a regular file there, even as root. */
  @Test
  void noNewFileIsMadeInDev() throws Exception {
    Path dev = Path.of("/dev");
    assumeTrue(Files.isDirectory(dev), "no /dev here");
    Path absent = dev.resolve("vetcpd-" + java.util.UUID.randomUUID() + ".csv");
    Path link = Files.createSymbolicLink(dir.resolve("devl"), dev);
    Path viaLink = link.resolve(absent.getFileName().toString());
    assertThat(AtomicFile.writtenInPlace(viaLink)).isTrue();
    for (Path name : List.of(absent, viaLink)) {
      assertThatThrownBy(() -> AtomicFile.create(name))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot write " + name + ": no such file or folder");
      assertThat(absent).doesNotExist();
    }
    Files.delete(link);
  }

  @Test
  void aDescriptorNotOpenIsOneClearReason() {
    assumeTrue(procFds(), "no /proc/self/fdinfo here");
    Path none = Path.of("/dev/fd/999999");
    assertThatThrownBy(() -> AtomicFile.create(none))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write /dev/fd/999999: file descriptor 999999 is not open");
  }

  @Test
  void descriptorsAreNamedAsTheKernelNamesThem() {
    long pid = ProcessHandle.current().pid();
    assertThat(AtomicFile.descriptor(Path.of("/dev/stdout"))).isEqualTo(1);
    assertThat(AtomicFile.descriptor(Path.of("/dev/stderr"))).isEqualTo(2);
    assertThat(AtomicFile.descriptor(Path.of("/dev/fd/12"))).isEqualTo(12);
    assertThat(AtomicFile.descriptor(Path.of("/proc/self/fd/3"))).isEqualTo(3);
    assertThat(AtomicFile.descriptor(Path.of("/proc/thread-self/fd/4"))).isEqualTo(4);
    assertThat(AtomicFile.descriptor(Path.of("/proc/" + pid + "/fd/5"))).isEqualTo(5);
    // another process' descriptors, a device, a file, names that only look like one
    assertThat(AtomicFile.descriptor(Path.of("/proc/" + (pid + 1) + "/fd/5"))).isEqualTo(-1);
    assertThat(AtomicFile.descriptor(Path.of("/dev/null"))).isEqualTo(-1);
    assertThat(AtomicFile.descriptor(Path.of("/dev/fd/"))).isEqualTo(-1);
    assertThat(AtomicFile.descriptor(Path.of("/dev/fd/1x"))).isEqualTo(-1);
    assertThat(AtomicFile.descriptor(Path.of("/dev/fd/99999999999"))).isEqualTo(-1);
    assertThat(AtomicFile.descriptor(Path.of("fd/1"))).isEqualTo(-1);
  }

  @Test
  void aFileWrittenInPlaceGetsNoCodebook() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null here");
    Path link = Files.createSymbolicLink(dir.resolve("null.csv"), devNull);
    Path regular = dir.resolve("table.csv");
    Files.writeString(regular, "a\n1\n");
    assertThat(AtomicFile.writtenInPlace(devNull)).isTrue();
    assertThat(AtomicFile.writtenInPlace(Path.of("/dev/stdout"))).isTrue();
    assertThat(AtomicFile.writtenInPlace(link)).isTrue();
    assertThat(AtomicFile.writtenInPlace(regular)).isFalse();
    assertThat(AtomicFile.writtenInPlace(dir.resolve("not-yet.csv"))).isFalse();

    Path inDev = Path.of("/dev", DataPackage.FILE);
    boolean before = Files.exists(inDev);
    long modified = before ? Files.getLastModifiedTime(inDev).toMillis() : 0;
    Provenance p = Provenance.builder().command("jshell").build();
    assertThat(DataPackage.write(devNull, List.of("a"), p)).isEmpty();
    assertThat(DataPackage.write(link, List.of("a"), p)).isEmpty();
    assertThat(Files.exists(inDev)).isEqualTo(before);
    if (before) {
      assertThat(Files.getLastModifiedTime(inDev).toMillis()).isEqualTo(modified);
    }
    assertThat(dir.resolve(DataPackage.FILE)).doesNotExist();
    assertThat(DataPackage.write(regular, List.of("a"), p)).contains(dir.resolve(DataPackage.FILE));
    Files.delete(link); // not left for @TempDir to warn about
  }
}
