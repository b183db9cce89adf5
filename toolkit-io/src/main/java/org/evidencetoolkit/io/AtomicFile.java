package org.evidencetoolkit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;

/**
 * Writes a text file the way a careful tool replaces what a person named, and nothing else.
 *
 * <ul>
 *   <li>Atomically: the text goes to a temporary file in the same folder, which is then moved
 *       over the target, so a reader sees the old file or the new one, never half of one, and a
 *       failure leaves the old file as it was.
 *   <li>Only over a regular file: a symbolic link (such as {@code /proc/self/fd/1}), a device
 *       (such as {@code /dev/null}), a pipe or a folder is refused with a {@link
 *       FileSystemException} naming it, never replaced and never written through.
 *   <li>Keeping permissions: a replaced file keeps its permission bits (and, where the process may
 *       set them, its owner and group); a new file gets the permissions the umask gives any new
 *       file, not those of a private temporary file.
 * </ul>
 *
 * <pre>{@code
 * AtomicFile.checkWritable(target);          // before anything else is written
 * AtomicFile.write(target, text);
 * }</pre>
 */
public final class AtomicFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFile() {}

  /**
   * Fails unless {@code target} may be written: it does not exist, or it is a regular file (not
   * a link to one); its folder exists.
   *
   * @throws FileSystemException naming the target and why it is refused
   */
  public static void checkWritable(Path target) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      Path folder = target.toAbsolutePath().getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        throw new FileSystemException(target.toString(), null, "its folder does not exist");
      }
      return;
    }
    if (attributes.isSymbolicLink()) {
      throw new FileSystemException(target.toString(), null,
          "it is a symbolic link; name the file itself, which is then replaced, not written through");
    }
    if (attributes.isDirectory()) {
      throw new FileSystemException(target.toString(), null, "it is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new FileSystemException(target.toString(), null,
          "it is not a regular file (a device, a pipe or a socket) and is never replaced");
    }
  }

  /**
   * Replaces or creates {@code target} with {@code text} in UTF-8, atomically.
   *
   * @throws FileSystemException if the target may not be written ({@link #checkWritable})
   * @throws IOException if writing fails; the target is then left as it was
   */
  public static void write(Path target, CharSequence text) throws IOException {
    checkWritable(target);
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path name = absolute.getFileName();
    if (folder == null || name == null) {
      throw new FileSystemException(target.toString(), null, "not a file name");
    }
    Path temporary = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    try {
      // CREATE_NEW without explicit permissions: the file gets 0666 less the umask, as any new file.
      try (OutputStream stream = Files.newOutputStream(
              temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
        out.append(text);
      }
      keepAttributes(absolute, temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Gives the new file the permissions, owner and group of the file it replaces, if any. */
  private static void keepAttributes(Path target, Path temporary) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    PosixFileAttributes old = view.readAttributes();
    PosixFileAttributeView fresh =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    try {
      fresh.setOwner(old.owner());
      fresh.setGroup(old.group());
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // Only a privileged process may give a file away; the permissions below still apply.
    }
    fresh.setPermissions(old.permissions());
  }
}
