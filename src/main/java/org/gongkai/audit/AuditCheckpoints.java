package org.gongkai.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.platform.GongkaiProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The chain's anchor outside the database: an append-only file of checkpoints, each the
 * head's sequence number and hash signed with the audit key. Whoever can write the
 * database but not this file cannot cut the tail, empty the log or rewrite an entry at or
 * before a checkpoint unnoticed. One line per checkpoint:
 * {@code <seq> <hash> <signed-at> <key id> <mac>}. A last line without its newline (a
 * crash while writing) is ignored; any other line that does not parse or whose MAC does
 * not match is reported by verification.
 */
@Component
class AuditCheckpoints {

	private static final String SEPARATOR = "\u001f";

	private final Path file;

	private final AuditKeys keys;

	private final Clock clock;

	@Autowired
	AuditCheckpoints(AuditProperties properties, GongkaiProperties platform, AuditKeys keys, Clock clock) {
		this(path(properties, platform), keys, clock);
	}

	/** A reader and writer of this file (a restart, in tests). */
	AuditCheckpoints(Path file, AuditKeys keys, Clock clock) {
		this.file = file;
		this.keys = keys;
		this.clock = clock;
	}

	private static Path path(AuditProperties properties, GongkaiProperties platform) {
		Path configured = (properties.checkpointFile() != null) ? properties.checkpointFile()
				: platform.dataDir().resolve("audit").resolve("checkpoints.log");
		return configured.toAbsolutePath().normalize();
	}

	Path file() {
		return this.file;
	}

	/** Reads and checks every checkpoint in the file (none if there is no file). */
	Anchors read() {
		TreeMap<Long, Checkpoint> bySeq = new TreeMap<>();
		if (!Files.exists(this.file)) {
			return new Anchors(bySeq, null, null);
		}
		String text;
		try {
			text = Files.readString(this.file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit checkpoint file " + this.file, ex);
		}
		List<String> lines = text.lines().toList();
		int complete = text.endsWith("\n") ? lines.size() : lines.size() - 1;
		for (int i = 0; i < complete; i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			Optional<Checkpoint> checkpoint = parse(line);
			if (checkpoint.isEmpty()) {
				return new Anchors(bySeq, seqOf(line), "checkpoint file " + this.file + " line " + (i + 1)
						+ " is not a checkpoint signed with the audit key (the anchor was tampered with)");
			}
			Checkpoint previous = bySeq.putIfAbsent(checkpoint.get().seq(), checkpoint.get());
			if (previous != null && !previous.hash().equals(checkpoint.get().hash())) {
				return new Anchors(bySeq, previous.seq(),
						"two checkpoints of entry " + previous.seq() + " disagree (line " + (i + 1) + ")");
			}
		}
		return new Anchors(bySeq, null, null);
	}

	/** Appends a signed checkpoint of the head and forces it to disk. */
	synchronized void append(long seq, String hash) {
		AuditKey key = this.keys.current();
		Instant at = Instant.now(this.clock);
		String line = seq + " " + hash + " " + at + " " + key.id() + " " + key.sign(signed(seq, hash, at, key.id()))
				+ "\n";
		try {
			Files.createDirectories(this.file.getParent());
			try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				if (channel.size() > 0 && !endsWithNewline()) {
					line = "\n" + line;
				}
				channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
				channel.force(true);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot append to the audit checkpoint file " + this.file, ex);
		}
	}

	private boolean endsWithNewline() throws IOException {
		try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.READ)) {
			ByteBuffer last = ByteBuffer.allocate(1);
			channel.read(last, channel.size() - 1);
			return last.get(0) == '\n';
		}
	}

	private Optional<Checkpoint> parse(String line) {
		String[] fields = line.strip().split(" ");
		if (fields.length != 5) {
			return Optional.empty();
		}
		try {
			long seq = Long.parseLong(fields[0]);
			Instant at = Instant.parse(fields[2]);
			Optional<AuditKey> key = this.keys.find(fields[3]);
			if (key.isEmpty() || !key.get().sign(signed(seq, fields[1], at, fields[3])).equals(fields[4])) {
				return Optional.empty();
			}
			return Optional.of(new Checkpoint(seq, fields[1], at));
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static Long seqOf(String line) {
		try {
			return Long.parseLong(line.strip().split(" ")[0]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String signed(long seq, String hash, Instant at, String keyId) {
		return String.join(SEPARATOR, "gongkai-audit-checkpoint", Long.toString(seq), hash, at.toString(), keyId);
	}

	/** A checkpoint read from the file, its signature checked. */
	record Checkpoint(long seq, String hash, Instant signedAt) {

	}

	/**
	 * The checkpoints of the file by sequence number; when a line is damaged or forged,
	 * {@code problem} says which (and {@code problemSeq} the entry it names, if
	 * readable).
	 */
	record Anchors(TreeMap<Long, Checkpoint> bySeq, Long problemSeq, String problem) {

		Optional<Checkpoint> last() {
			return this.bySeq.isEmpty() ? Optional.empty() : Optional.of(this.bySeq.lastEntry().getValue());
		}

		Optional<Checkpoint> at(long seq) {
			return Optional.ofNullable(this.bySeq.get(seq));
		}

	}

}
