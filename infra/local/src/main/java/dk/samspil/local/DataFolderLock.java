package dk.samspil.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive lock on {@code <data>/launcher.lock}: one launcher per data folder. The operating system releases the lock
 * when the process dies, so a crashed launcher never leaves a stale lock behind; the file itself stays.
 *
 * <p>File locks belong to the process, and on Linux closing <em>any</em> descriptor of the file releases them. So a
 * second stack in the same JVM is refused from an in-memory set before the file is opened at all.
 */
final class DataFolderLock implements AutoCloseable {

    private static final Set<Path> LOCKED_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(DataFolder folder) {
        Path file = folder.lockFile();
        if (!LOCKED_IN_THIS_JVM.add(file)) {
            throw inUse(folder, "denne JVM, pid " + ProcessHandle.current().pid());
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                throw inUse(folder, holder.isEmpty() ? null : "pid " + holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new DataFolderLock(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            LOCKED_IN_THIS_JVM.remove(file);
            throw new LocalStackException("Could not lock " + file, e);
        } catch (RuntimeException e) {
            LOCKED_IN_THIS_JVM.remove(file);
            throw e;
        }
    }

    private static DataFolderInUseException inUse(DataFolder folder, String holder) {
        return new DataFolderInUseException("Datamappen " + folder.root() + " bruges allerede af en anden Samspil-launcher"
                + (holder == null ? "" : " (" + holder + ")") + ". Stop den først, eller brug en anden datamappe.");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
        LOCKED_IN_THIS_JVM.remove(lockFile);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }
}
