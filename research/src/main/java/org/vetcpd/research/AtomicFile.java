package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A file written whole or not at all: text goes to a temporary file in the target's folder
 * (created if missing), and {@link #commit()} moves it onto the target in one step; closing
 * without committing deletes it. So a run that fails &mdash; a full disk, an error half-way
 * &mdash; never leaves a truncated file, and a reader never sees a half-written one.
 *
 * <pre>{@code
 * try (AtomicFile f = AtomicFile.create(Path.of("out/table.csv"))) {
 *   CohortCsv.write(rows, f.writer());
 *   f.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer, one thread.
 */
public final class AtomicFile implements Closeable {
  private final Path target;
  /** Where the temporary file is moved: the target, or the file a symbolic link leads to. */
  private final Path destination;
  private final Path temporary;
  private final FileChannel channel;
  /** The folders made for the file, deepest first: removed again if it is not committed. */
  private final List<Path> made;
  private final Writer writer;
  /** The stream under the writer: closed without flushing the writer when discarded. */
  private final OutputStream stream;
  private boolean done;

  private AtomicFile(Path target, Path destination, Path temporary, FileChannel channel,
      List<Path> made, OutputStream stream) {
    this.target = target;
    this.destination = destination;
    this.temporary = temporary;
    this.channel = channel;
    this.made = made;
    this.stream = stream;
    this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
        1 << 16);
  }

  /**
   * Starts writing a file: creates its folder if missing and a temporary file beside it. Written
   * in place instead, never replaced by a regular file: a target that exists and is neither a
   * regular file nor a folder (a device, a FIFO), and any path under {@code /dev} or {@code
   * /proc}, such as {@code /dev/stdout} when standard output is redirected to a file (it then
   * leads to that file, and a rename would put a regular file in {@code /dev}, or fail); such a
   * file is opened when the first text reaches it, so a write dropped before leaves it as it was.
   * A target that is a symbolic link keeps its link: the file it leads to is the one replaced.
   * Names are resolved as the kernel resolves them ({@code ..} after the links before it), and a
   * name it would refuse is refused.
   *
   * @param target the file to write
   * @return the file being written
   * @throws UncheckedIOException if the folder or the temporary file cannot be created
   */
  public static AtomicFile create(Path target) {
    requireNonNull(target, "target");
    Path absolute = target.toAbsolutePath();
    List<Path> made = new ArrayList<>();
    try {
      // where the name leads, as the kernel resolves it: links where met, ".." after them
      Path real = resolve(absolute);
      if (inPlace(real)) {
        // A device, a FIFO or a socket (/dev/stdout, /dev/full, a named pipe): written in place,
        // never replaced by a regular file; its write errors are thrown as for any file.
        int fd = descriptor(real);
        if (fd < 0) {
          fd = openDescriptor(target, absolute); // another name for a file open here
        }
        return new AtomicFile(target, absolute, null, null, List.of(),
            openInPlace(target, absolute, fd));
      }
      if (Files.isDirectory(real)) {
        throw new java.nio.file.FileSystemException(target.toString(), null, "is a folder");
      }
      // the link stays; what it leads to is replaced
      Path folder = real.getParent();
      for (Path f = folder; f != null && Files.notExists(f, LinkOption.NOFOLLOW_LINKS);
          f = f.getParent()) {
        made.add(f);
      }
      try {
        Files.createDirectories(folder);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw new java.nio.file.FileSystemException(target.toString(), null,
            e.getFile() + " is not a folder");
      }
      // Not createTempFile, whose owner-only permissions would stay on the renamed file: created
      // as any new file is (the umask), or with the permissions of the file it replaces.
      Path temporary = folder.resolve("." + real.getFileName() + "."
          + java.util.UUID.randomUUID() + ".tmp");
      FileChannel created = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        keepPermissions(real, temporary);
        return new AtomicFile(target, real, temporary, created, made,
            Channels.newOutputStream(created));
      } catch (IOException e) {
        created.close();
        Files.deleteIfExists(temporary);
        throw e;
      }
    } catch (IOException e) {
      removeFolders(made);
      throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
    } catch (java.nio.file.InvalidPathException e) {
      removeFolders(made);
      // a link to a name this system cannot encode (a non-ASCII name under LC_ALL=C)
      IOException why = new java.nio.file.FileSystemException(target.toString(), null,
          "it leads to a file name this system cannot encode (its file names are "
          + System.getProperty("sun.jnu.encoding", "?") + "); run with a UTF-8 locale, e.g."
          + " LC_ALL=C.UTF-8");
      throw new UncheckedIOException("cannot write " + target + ": " + reason(why), why);
    }
  }

  /** Removes the folders a failed write made, deepest first, each only if still empty. */
  private static void removeFolders(List<Path> made) {
    for (Path f : made) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        return; // not empty (something else wrote there), or not ours to remove
      }
    }
  }

  /**
   * Resolves an absolute path as the kernel does: each name in turn, a symbolic link replaced by
   * what it holds where it is met, {@code ..} applied after the links before it ({@code
   * p/../x}, {@code p} a link, is the folder above {@code p}'s target). The last name need not
   * exist. On entering {@code /dev} or {@code /proc}, where links lead to what a process has open
   * ({@code /dev/stdout}, {@code /proc/self/fd/1}), it stops: the path there, with the names left
   * appended, is returned as it stands.
   *
   * @throws java.nio.file.FileSystemException for a loop of links (or more than 40 in a row)
   */
  static Path resolve(Path absolute) throws IOException {
    Path root = absolute.getRoot();
    Deque<String> names = new ArrayDeque<>();
    absolute.forEach(n -> names.addLast(n.toString()));
    Path at = root;
    int links = 0;
    while (!names.isEmpty()) {
      String name = names.pollFirst();
      if (name.isEmpty()) {
        continue;
      }
      // as the kernel: a name, "." or ".." after one that is not a folder fails (data.json/.,
      // nd/../x with nd missing), though a missing last folder is made for a plain name
      if (at.getParent() != null && !Files.isDirectory(at)) {
        if (Files.exists(at)) {
          throw new java.nio.file.NotDirectoryException(at.toString());
        }
        if (name.equals(".") || name.equals("..")) {
          throw new java.nio.file.NoSuchFileException(at.toString());
        }
      }
      if (name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        at = at.getParent() == null ? at : at.getParent();
        continue;
      }
      Path next = at.resolve(name);
      if (underDevOrProc(next)) {
        for (String rest : names) {
          next = next.resolve(rest);
        }
        return next.normalize();
      }
      if (Files.isSymbolicLink(next)) {
        if (++links > 40) {
          throw new java.nio.file.FileSystemException(absolute.toString(), null,
              "too many levels of symbolic links");
        }
        Path link = Files.readSymbolicLink(next);
        List<String> held = new ArrayList<>();
        link.forEach(n -> held.add(n.toString()));
        for (int i = held.size() - 1; i >= 0; i--) {
          names.addFirst(held.get(i));
        }
        if (link.isAbsolute()) {
          at = link.getRoot();
        }
        continue;
      }
      at = next;
    }
    return at;
  }

  /**
   * Returns which of this process' descriptors a target written in place is open on, found by the
   * file itself (its device and inode), whatever name leads to it ({@code
   * /proc/self/root/dev/stdout}, a link to {@code /dev/stdout}, a terminal's own name): one open
   * for writing, standard output and error first; -1 if none is. A file open here for reading only
   * is refused: the JVM's own {@code lib/modules} or jars when standard output was closed, or a
   * file standing in for it, which written through that name would be truncated. Without {@code
   * /proc} (not Linux) there is nothing to ask: -1.
   */
  private static int openDescriptor(Path target, Path absolute) throws IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.exists(absolute) || !Files.isDirectory(fds)) {
      return -1;
    }
    Object key = Files.readAttributes(absolute, BasicFileAttributes.class).fileKey();
    if (key == null) {
      return -1;
    }
    List<Path> open;
    try (Stream<Path> listed = Files.list(fds)) {
      open = listed.collect(Collectors.toList());
    }
    int writable = -1;
    int readOnly = -1;
    for (Path fd : open) {
      String n = fd.getFileName().toString();
      try {
        if (key.equals(Files.readAttributes(fd, BasicFileAttributes.class).fileKey())) {
          int number = Integer.parseInt(n);
          if ((openFlags(Path.of("/proc/self/fdinfo", n)) & 3) == 0) {
            readOnly = number;
          } else if (writable < 0 || rank(number) < rank(writable)) {
            writable = number;
          }
        }
      } catch (IOException | NumberFormatException e) {
        // closed since the listing (the listing's own descriptor), or not a number
      }
    }
    if (writable < 0 && readOnly >= 0 && Files.isRegularFile(absolute)) {
      throw new java.nio.file.FileSystemException(target.toString(), null,
          "it is open in this process for reading only, as " + descriptorName(readOnly));
    }
    return writable;
  }

  /** Standard output first, then standard error, then the others in order. */
  private static int rank(int fd) {
    return fd == 1 ? -2 : fd == 2 ? -1 : fd;
  }

  /** {@code file descriptor N}, and what it is for 0 to 2. */
  private static String descriptorName(int fd) {
    return "file descriptor " + fd
        + (fd == 0 ? " (standard input)" : fd == 1 ? " (standard output)"
        : fd == 2 ? " (standard error)" : "");
  }

  /**
   * Whether a file would be written in place rather than replaced (see {@link #create}): a device,
   * a FIFO, a socket, a path under {@code /dev} or {@code /proc}, or a link leading to one. Such a
   * file gets no codebook beside it ({@link DataPackage}): that would land in {@code /dev}.
   *
   * @param target the file to write
   * @return whether it is written in place
   */
  public static boolean writtenInPlace(Path target) {
    try {
      return inPlace(resolve(target.toAbsolutePath()));
    } catch (IOException e) {
      return false; // a loop of links: writing it fails
    }
  }

  /**
   * Opens a target written in place. A path naming one of this process' open file descriptors
   * ({@code /dev/stdout}, {@code /dev/stderr}, {@code /dev/fd/N}, {@code /proc/self/fd/N}) writes
   * to that descriptor, as a shell's {@code >&N} would: it must be open for writing (when standard
   * output is closed, descriptor 1 may be a file the JVM itself opened for reading, which opening
   * the path anew would truncate); standard output and error are written through their own
   * descriptors, so {@code >>} appends and text written before stays; another descriptor open to
   * append is appended to.
   */
  private static OutputStream openInPlace(Path target, Path device, int fd)
      throws IOException {
    if (fd < 0) {
      // never created: a new regular file in /dev (devl/x.csv, devl a link to /dev) is no output
      if (Files.notExists(device)) {
        throw new java.nio.file.NoSuchFileException(device.toString());
      }
      return new OpenedLater(() -> Files.newOutputStream(device, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING));
    }
    Path info = Path.of("/proc/self/fdinfo", Integer.toString(fd));
    if (!Files.isDirectory(info.getParent())) {
      // no /proc to ask: opened as any device
      return new OpenedLater(() -> Files.newOutputStream(device));
    }
    int flags = openFlags(info);
    String name = descriptorName(fd);
    if (flags < 0) {
      throw new java.nio.file.FileSystemException(target.toString(), null, name + " is not open");
    }
    if ((flags & 3) == 0) { // O_RDONLY: closed by the caller and reused, or opened for reading
      throw new java.nio.file.FileSystemException(target.toString(), null,
          name + " is not open for writing");
    }
    if (fd == 1 || fd == 2) {
      FileOutputStream stream = new FileOutputStream(fd == 1 ? FileDescriptor.out
          : FileDescriptor.err);
      return new FilterOutputStream(stream) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush(); // the process' own descriptor stays open
        }
      };
    }
    // Another descriptor is reached by opening what it leads to anew (Java cannot write to a
    // descriptor by its number): a pipe as any pipe; a regular file opened to append is appended
    // to. A regular file opened otherwise is refused: written anew from its start, it would lose
    // what was written through the descriptor before, and what is written through it after would
    // land over the output (the descriptor's place does not move). A socket cannot be opened anew.
    Path open = Path.of("/proc/self/fd", Integer.toString(fd));
    if ((flags & O_APPEND) != 0) {
      return new OpenedLater(() -> Files.newOutputStream(device, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND));
    }
    if (Files.isRegularFile(open)) {
      throw new java.nio.file.FileSystemException(target.toString(), null,
          name + " leads to a file not opened to append; name the file itself, or open it to"
          + " append (" + fd + ">>)");
    }
    try {
      if (Files.readSymbolicLink(open).toString().startsWith("socket:")) {
        throw new java.nio.file.FileSystemException(target.toString(), null,
            name + " is a socket, which cannot be opened by name; write to standard output");
      }
    } catch (java.nio.file.NotLinkException | UnsupportedOperationException e) {
      // not a link: opened below as it is
    }
    return new OpenedLater(() -> Files.newOutputStream(device));
  }

  /**
   * A stream opened on its first write or flush: a run that fails before writing leaves a file
   * written in place as it was (opening it truncates it; a FIFO's opening waits for a reader).
   */
  private static final class OpenedLater extends OutputStream {
    /** Opens the stream. */
    interface Opener {
      OutputStream open() throws IOException;
    }

    private final Opener opener;
    private OutputStream out;
    private boolean closed;

    OpenedLater(Opener opener) {
      this.opener = opener;
    }

    private OutputStream stream() throws IOException {
      if (out == null) {
        if (closed) {
          throw new IOException("Stream closed");
        }
        out = opener.open();
      }
      return out;
    }

    @Override
    public void write(int b) throws IOException {
      stream().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      stream().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      stream().flush();
    }

    @Override
    public void close() throws IOException {
      closed = true;
      if (out != null) {
        out.close();
      }
    }
  }

  private static final int O_APPEND = 02000;

  /**
   * Returns the file descriptor a path names, or -1: {@code /dev/stdout} 1, {@code /dev/stderr} 2,
   * {@code /dev/stdin} 0, {@code /dev/fd/N}, {@code /proc/self/fd/N}, {@code
   * /proc/thread-self/fd/N}, {@code /proc/PID/fd/N} and {@code /proc/PID/task/TID/fd/N} of this
   * process N.
   */
  static int descriptor(Path normal) {
    String s = normal.toString().replace('\\', '/');
    switch (s) {
      case "/dev/stdin":
        return 0;
      case "/dev/stdout":
        return 1;
      case "/dev/stderr":
        return 2;
      default:
        break;
    }
    java.util.regex.Matcher m = DESCRIPTOR.matcher(s);
    if (!m.matches()) {
      return -1;
    }
    String process = m.group(2);
    if (process != null && !process.equals("self") && !process.equals("thread-self")
        && !process.equals(Long.toString(ProcessHandle.current().pid()))) {
      return -1; // another process' descriptor
    }
    return Integer.parseInt(m.group(3));
  }

  /**
   * {@code /dev/fd/N}, and {@code /proc/P/fd/N} or {@code /proc/P/task/T/fd/N} (a thread's view of
   * the process' descriptors) with P {@code self}, {@code thread-self} or a process id.
   */
  private static final java.util.regex.Pattern DESCRIPTOR = java.util.regex.Pattern.compile(
      "/(dev|proc/(self|thread-self|[0-9]{1,10})(?:/task/[0-9]{1,10})?)/fd/([0-9]{1,9})");

  /** The {@code flags:} of a {@code /proc/self/fdinfo} entry (octal), or -1 if it has none. */
  private static int openFlags(Path info) {
    try {
      for (String line : Files.readAllLines(info, StandardCharsets.US_ASCII)) {
        if (line.startsWith("flags:")) {
          return Integer.parseInt(line.substring(6).trim(), 8);
        }
      }
      return -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  /** Gives the temporary file the POSIX permissions of the regular file it will replace, if any. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (Files.isRegularFile(target)) {
      try {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the new file's default permissions
      }
    }
  }

  /**
   * Whether a target is written in place: it exists and is neither a regular file nor a folder,
   * or it lies under {@code /dev} or {@code /proc} (where {@code /dev/stdout} and {@code
   * /dev/fd/N} lead to whatever the process has open, often a regular file).
   */
  private static boolean inPlace(Path real) {
    return underDevOrProc(real)
        || Files.exists(real) && !Files.isRegularFile(real) && !Files.isDirectory(real);
  }

  private static boolean underDevOrProc(Path normal) {
    Path root = normal.getRoot();
    return root != null && (normal.startsWith(root.resolve("dev"))
        || normal.startsWith(root.resolve("proc")));
  }

  /**
   * Returns the writer of the file's text (UTF-8); its errors are thrown, never swallowed.
   *
   * @return the writer; do not close it, {@link #commit()} or {@link #close()} the file
   */
  public Writer writer() {
    return writer;
  }

  /**
   * Returns the file being written.
   *
   * @return the target
   */
  public Path target() {
    return target;
  }

  /** Where the text goes: the file the target leads to, resolved (or the target, in place). */
  Path destination() {
    return destination;
  }

  /**
   * Flushes the text to disk and moves the temporary file onto the target in one step.
   *
   * @throws UncheckedIOException if the text cannot be written or moved; the temporary file is
   *     then deleted and the target left as it was
   * @throws IllegalStateException if already committed or closed
   */
  public void commit() {
    if (done) {
      throw new IllegalStateException("already committed or closed: " + target);
    }
    done = true;
    try {
      writer.flush();
      if (temporary == null) {
        writer.close(); // a device or FIFO: nothing to move
        return;
      }
      channel.force(true);
      writer.close();
      try {
        Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      discard();
      throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
    }
  }

  /** Deletes the temporary file unless the file was committed. */
  @Override
  public void close() {
    if (!done) {
      done = true;
      discard();
    }
  }

  private void discard() {
    try {
      if (channel != null) {
        channel.close();
      } else {
        // written in place: what the writer holds is dropped, not flushed; a file not yet
        // opened is never opened (nor truncated)
        stream.close();
      }
    } catch (IOException e) {
      // the file is deleted below either way
    }
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // nothing more can be done; the name starts with a dot and ends in .tmp
    }
    removeFolders(made);
  }

  /**
   * Returns why an I/O operation failed, in a few words: {@code permission denied}, {@code No space
   * left on device}, rather than the JDK's bare file name.
   *
   * @param e the error
   * @return the reason
   */
  public static String reason(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.NotDirectoryException) {
      return e.getMessage() + " is not a folder";
    }
    if (e instanceof java.nio.file.FileSystemException) {
      String r = ((java.nio.file.FileSystemException) e).getReason();
      return r != null ? r : String.valueOf(m);
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
