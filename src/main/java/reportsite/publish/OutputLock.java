package reportsite.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import reportsite.source.SourceReader;

/**
 * One writer at a time for an output folder: a lock on a file in its cache folder,
 * held from before a build reads its inputs until its site and history are written. A second
 * build waits for the first rather than failing: both would write the same bytes for the same
 * inputs, so the later one simply finishes later, and a script running builds at once needs no
 * retry. The operating system drops the lock of a process that dies, so a lock left by a killed
 * build is taken over at once; the pid in the file only names the holder in the message.
 * Builds in one process (the server's, tests') are put in line by an in-process lock first,
 * since a file lock belongs to the whole process.
 */
public final class OutputLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code out}, waiting for another build that holds it; {@code waiting}
     * hears once why it waits.
     *
     * @param file the lock file, in the output's own cache folder (the file stays: deleting it
     *     would let a third build lock a new file while a second waits on the old one)
     */
    public static OutputLock acquire(Path file, Path out, Consumer<String> waiting) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(abs, p -> new ReentrantLock());
        if (!local.tryLock()) {
            waiting.accept("waiting for another build in this process writing " + SourceReader.display(out) + " …");
            local.lock();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(abs.getParent());
            channel = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = Files.readString(abs, StandardCharsets.US_ASCII).strip();
                waiting.accept("waiting for another build (pid " + (holder.isEmpty() ? "unknown" : holder) + ") writing "
                        + SourceReader.display(out) + " …");
                lock = channel.lock();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            return new OutputLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
