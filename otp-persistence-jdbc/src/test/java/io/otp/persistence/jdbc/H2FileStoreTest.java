package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.need.Need;
import io.otp.core.need.NeedCategory;
import io.otp.core.need.Urgency;
import io.otp.core.testing.ChildJvm;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store in a directory of its own: the URL is built from the directory's real path and nothing else, a
 * path H2 would read as settings is refused before anything is created or run, and the directory is locked
 * while the store is open, against this process and others.
 */
class H2FileStoreTest {

    static final ChangeContext BY = ChangeContext.of(PersonId.of("P1"), Instant.parse("2026-05-04T09:00:00Z"), "alta");

    @TempDir
    Path tmp;

    static Need need(String id) {
        return Need.builder().id(NeedId.of(id)).requestingDepartment(DepartmentId.of("D-URB"))
            .title("Tramitación electrónica de licencias").description("Las licencias se tramitan en papel.")
            .category(NeedCategory.DIGITAL_SERVICES).urgency(Urgency.HIGH).dateRaised(LocalDate.of(2026, 2, 3)).build();
    }

    @Test
    void theUrlIsTheRealPathOfTheDirectoryAndTheSdksSettingsOnly() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("data")).toRealPath();
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        String expected = "jdbc:h2:file:" + real + "/otp;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        assertThat(H2FileStore.url(real)).isEqualTo(expected);
        assertThat(H2FileStore.url(link)).isEqualTo(expected);
        assertThat(H2FileStore.url(tmp.resolve("data/../data/."))).isEqualTo(expected);
    }

    @Test
    void whatIsSavedIsThereWhenTheDirectoryIsOpenedAgain() {
        Path dir = tmp.resolve("store");
        try (JdbcPersistenceProvider store = H2FileStore.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(JdbcPersistenceProvider.latestSchemaVersion());
            store.repository(Need.class).save(need("N-1"), 0, BY);
        }
        assertThat(dir.resolve("otp.mv.db")).isRegularFile();
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(dir)) {
            assertThat(store.repository(Need.class).find(NeedId.of("N-1")).orElseThrow().value()).isEqualTo(need("N-1"));
            assertThat(store.auditTrail().verify().isIntact()).isTrue();
        }
        try (JdbcPersistenceProvider store = H2FileStore.recreate(dir)) {
            assertThat(store.repository(Need.class).find(NeedId.of("N-1"))).isEmpty();
            assertThat(store.auditTrail().last()).isEmpty();
        }
    }

    /**
     * A directory named so that H2 would run SQL and Java on opening it (the name ends the file name with
     * {@code ;} and adds an INIT setting that creates a Java function writing a file, then calls it; the
     * semicolon inside the function is escaped as H2 wants, so that on a URL built by pasting the path the code
     * really runs, as it did in the SDK's earlier versions) is refused: no file is written, the directory is not
     * created, nothing is opened.
     */
    @Test
    void aDirectoryWhoseNameHoldsSettingsIsRefusedAndRunsNothing() throws Exception {
        Path marker = tmp.resolve("pwned");
        Path work = Files.createDirectories(tmp.resolve("work"));
        String name = "d;INIT=CREATE ALIAS MK AS 'void mk() throws Exception { new java.io.File(\"pwned\").createNewFile()\\; }'"
            + "\\;CALL MK()--";
        Path hostile = work.resolve(name);
        for (Runnable open : List.<Runnable>of(() -> H2FileStore.open(hostile), () -> H2FileStore.recreate(hostile),
                () -> H2FileStore.openExisting(hostile), () -> H2FileStore.url(hostile))) {
            assertThatThrownBy(open::run).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.violations()).extracting(v -> v.ruleId()).containsExactly("OTP-JDBC-DIRECTORY");
                assertThat(e.violations().get(0).path()).isEqualTo("directory");
                assertThat(e.getMessage()).contains("\";\"");
            });
        }
        assertThat(hostile).doesNotExist();
        assertThat(marker).doesNotExist();
        assertThat(Path.of("pwned")).doesNotExist();
        try (var files = Files.list(work)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aLinkToADirectoryWhoseRealPathHoldsSettingsIsRefused() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("x;INIT=CREATE TABLE PWNED(X INT)--"));
        Path link = Files.createSymbolicLink(tmp.resolve("innocent"), target);
        assertThatThrownBy(() -> H2FileStore.open(link)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.ruleId()).containsExactly("OTP-JDBC-DIRECTORY"));
        try (var files = Files.list(target)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFileIsNotADirectoryAndADirectoryWithoutAStoreHasNone() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> H2FileStore.open(file)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations().get(0).ruleId()).isEqualTo("OTP-JDBC-DIRECTORY"));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> H2FileStore.openExisting(empty)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getMessage()).contains("otp.mv.db"));
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aStoreOpenInThisProcessCannotBeOpenedOrEmptiedAgain() {
        Path dir = tmp.resolve("store");
        try (JdbcPersistenceProvider store = H2FileStore.open(dir)) {
            store.repository(Need.class).save(need("N-1"), 0, BY);
            assertThatThrownBy(() -> H2FileStore.open(dir)).isInstanceOf(StoreInUseException.class)
                .hasMessageContaining("in use").hasMessageContaining(H2FileStore.LOCK_FILE);
            assertThatThrownBy(() -> H2FileStore.recreate(dir)).isInstanceOf(StoreInUseException.class);
            assertThatThrownBy(() -> H2FileStore.openExisting(dir)).isInstanceOf(StoreInUseException.class);
            assertThat(store.repository(Need.class).find(NeedId.of("N-1"))).isPresent();
        }
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(dir)) {
            assertThat(store.repository(Need.class).find(NeedId.of("N-1"))).isPresent();
        }
    }

    /**
     * Another process holds the store: opening or emptying it here fails with {@link StoreInUseException} and
     * deletes nothing; once that process is killed, the operating system releases its lock and the store opens
     * with what the other process saved.
     */
    @Test
    void aStoreOpenInAnotherProcessIsInUseUntilThatProcessEnds() throws Exception {
        Path dir = tmp.resolve("shared");
        Process holder = ChildJvm.of(StoreHolder.class, List.of(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("OPEN");
            assertThatThrownBy(() -> H2FileStore.open(dir)).isInstanceOf(StoreInUseException.class);
            assertThatThrownBy(() -> H2FileStore.recreate(dir)).isInstanceOf(StoreInUseException.class);
            assertThat(dir.resolve("otp.mv.db")).isRegularFile();
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(dir)) {
            assertThat(store.repository(Need.class).find(NeedId.of("N-HELD"))).isPresent();
            assertThat(store.auditTrail().verify().isIntact()).isTrue();
        }
    }

    @Test
    void aLockFileThatIsALinkIsNotFollowed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("store"));
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere"), "keep");
        Files.createSymbolicLink(dir.resolve(H2FileStore.LOCK_FILE), elsewhere);
        assertThatThrownBy(() -> H2FileStore.open(dir)).isInstanceOf(PersistenceException.class)
            .hasMessageContaining(H2FileStore.LOCK_FILE);
        assertThat(Files.readString(elsewhere)).isEqualTo("keep");
    }

    /**
     * A process that holds the database without the lock file (an earlier version of the SDK, or a plain
     * H2 connection) makes the store in use too: {@link StoreInUseException}, not an internal error.
     */
    @Test
    void aDatabaseHeldWithoutTheLockFileIsInUseToo() throws Exception {
        Path dir = tmp.resolve("plain");
        try (JdbcPersistenceProvider store = H2FileStore.open(dir)) {
            store.repository(Need.class).save(need("N-1"), 0, BY);
        }
        Process holder = ChildJvm.of(PlainHolder.class, List.of(), H2FileStore.url(dir)).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("OPEN");
            assertThatThrownBy(() -> H2FileStore.openExisting(dir)).isInstanceOf(StoreInUseException.class)
                .hasMessageContaining("in use");
            // and emptying it would delete the database under that process: refused, nothing deleted
            assertThatThrownBy(() -> H2FileStore.recreate(dir)).isInstanceOf(StoreInUseException.class);
            assertThat(dir.resolve("otp.mv.db")).isRegularFile();
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(dir)) {
            assertThat(store.repository(Need.class).find(NeedId.of("N-1"))).isPresent();
        }
    }

    /**
     * A host in this process that built its own data source on {@link H2FileStore#url} shares the database
     * with the store without taking the directory's lock: emptying the store then is refused, and what the
     * host saved stays.
     */
    @Test
    void aDatabaseOpenThroughItsUrlInThisProcessIsNotEmptied() throws Exception {
        Path dir = tmp.resolve("hosted");
        H2FileStore.open(dir).close();
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(H2FileStore.url(dir));
        config.setMaximumPoolSize(2);
        try (com.zaxxer.hikari.HikariDataSource host = new com.zaxxer.hikari.HikariDataSource(config)) {
            JdbcPersistenceProvider hosted = JdbcPersistenceProvider.create(host);
            hosted.repository(Need.class).save(need("N-HOST"), 0, BY);
            assertThatThrownBy(() -> H2FileStore.recreate(dir)).isInstanceOf(StoreInUseException.class);
            assertThat(hosted.repository(Need.class).find(NeedId.of("N-HOST"))).isPresent();
        }
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(dir)) {
            assertThat(store.repository(Need.class).find(NeedId.of("N-HOST"))).isPresent();
            assertThat(store.auditTrail().verify().isIntact()).isTrue();
        }
    }

    /**
     * A thread that is interrupted (a host's {@code Future.cancel(true)}, {@code shutdownNow()}) reads and
     * writes as usual and keeps its interrupt flag; the store stays open for everyone else. (H2 reads its file
     * through an interruptible channel, which an interrupt closes, and with it the database.)
     */
    @Test
    void anInterruptedThreadDoesNotCloseTheStore() throws Exception {
        try (JdbcPersistenceProvider store = H2FileStore.open(tmp.resolve("interrupted"))) {
            store.repository(Need.class).save(need("N-1"), 0, BY);
            boolean[] flagKept = new boolean[2];
            Thread t = new Thread(() -> {
                Thread.currentThread().interrupt();
                store.auditTrail().verify();
                flagKept[0] = Thread.currentThread().isInterrupted();
                store.repository(Need.class).save(need("N-2"), 0, BY);
                flagKept[1] = Thread.interrupted();
            });
            t.start();
            t.join();
            assertThat(flagKept).containsExactly(true, true);
            store.repository(Need.class).save(need("N-3"), 0, BY);
            assertThat(store.repository(Need.class).find(NeedId.of("N-2"))).isPresent();
            assertThat(store.auditTrail().verify().isIntact()).isTrue();
        }
    }

    /**
     * H2 alters a table through a copy ({@code <TABLE>_COPY_<n>_<m>}); a process killed during a migration
     * leaves the copy behind, a duplicate of the store's rows outside its audit trail. The next migration
     * drops such copies of the store's own tables, and nothing else.
     */
    @Test
    void aCopyLeftByAnInterruptedMigrationIsDroppedAndNothingElse() throws Exception {
        Path dir = tmp.resolve("copies");
        try (JdbcPersistenceProvider store = H2FileStore.open(dir)) {
            store.repository(Need.class).save(need("N-1"), 0, BY);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(H2FileStore.url(dir));
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE OTP_AUDIT_ENTRY_COPY_3_0 AS SELECT * FROM OTP_AUDIT_ENTRY");
            st.execute("CREATE TABLE OTP_AGGREGATE_COPY_12_1 AS SELECT * FROM OTP_AGGREGATE");
            st.execute("CREATE TABLE MINE_AUDIT_ENTRY_COPY_3_0 (X INT)");
            st.execute("CREATE TABLE OTP_AUDIT_ENTRY_COPY_NOTES (X INT)");
        }
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(dir)) {
            assertThat(store.repository(Need.class).find(NeedId.of("N-1"))).isPresent();
            assertThat(store.auditTrail().verify().isIntact()).isTrue();
        }
        List<String> tables = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(H2FileStore.url(dir));
                java.sql.ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).doesNotContain("OTP_AUDIT_ENTRY_COPY_3_0", "OTP_AGGREGATE_COPY_12_1")
            .contains("MINE_AUDIT_ENTRY_COPY_3_0", "OTP_AUDIT_ENTRY_COPY_NOTES", "OTP_AUDIT_ENTRY", "OTP_AGGREGATE");
    }

    /** Holds the database with a plain H2 connection, says OPEN and waits to be killed. */
    static final class PlainHolder {
        public static void main(String[] args) throws Exception {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(args[0])) {
                System.out.println("OPEN");
                System.out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
        }
    }

    /** Opens a store, saves one need, says OPEN and waits to be killed. */
    static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            JdbcPersistenceProvider store = H2FileStore.open(Path.of(args[0]));
            store.repository(Need.class).save(need("N-HELD"), 0, BY);
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            store.close();
        }
    }
}
