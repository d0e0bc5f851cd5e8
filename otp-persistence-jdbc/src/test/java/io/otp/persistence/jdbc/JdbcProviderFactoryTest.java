package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.NeedId;
import io.otp.core.need.Need;
import io.otp.core.testing.MessageBundles;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviders;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code jdbc} factory's handling of URLs: the durability of H2 database files (rule OTP-JDBC-DURABILITY). */
class JdbcProviderFactoryTest {

    @TempDir
    Path directory;

    @Test
    void addsWriteDelayZeroToEveryUrlOfAnH2DatabaseKeptInFiles() {
        for (String url : new String[] {"jdbc:h2:file:/var/otp/db", "jdbc:h2:./otp", "jdbc:h2:~/otp", "jdbc:h2:/var/otp/db",
            "jdbc:h2:file:C:/otp/db", "jdbc:h2:tcp://localhost:9092/~/otp", "jdbc:h2:ssl://db.example/otp",
            "jdbc:h2:nio:/var/otp/db"}) {
            assertThat(H2Durability.isFileDatabase(url)).as(url).isTrue();
            assertThat(H2Durability.durable(url)).as(url).isEqualTo(url + ";WRITE_DELAY=0");
        }
    }

    @Test
    void keepsTheOtherParametersOfTheUrl() {
        String url = "jdbc:h2:file:/var/otp/db;LOCK_TIMEOUT=10000;MODE=PostgreSQL;PASSWORD=secret";
        String durable = H2Durability.durable(url);
        assertThat(durable).isEqualTo(url + ";WRITE_DELAY=0");
        assertThat(H2Durability.settings(durable, "LOCK_TIMEOUT")).containsExactly("10000");
        assertThat(H2Durability.settings(durable, "MODE")).containsExactly("PostgreSQL");
        assertThat(H2Durability.settings(durable, "WRITE_DELAY")).containsExactly("0");
        assertThat(H2Durability.durable("jdbc:h2:file:/var/otp/db;")).isEqualTo("jdbc:h2:file:/var/otp/db;;WRITE_DELAY=0");
    }

    @Test
    void keepsAUrlThatAlreadySetsWriteDelayZeroInAnyCase() {
        for (String url : new String[] {"jdbc:h2:file:/var/otp/db;WRITE_DELAY=0", "jdbc:h2:./otp;write_delay=0",
            "jdbc:h2:~/otp;LOCK_TIMEOUT=10000;Write_Delay=00", "jdbc:h2:file:/var/otp/db;WRITE_DELAY=0;WRITE_DELAY=0"}) {
            assertThat(H2Durability.durable(url)).as(url).isEqualTo(url);
        }
    }

    @Test
    void refusesAnH2FileUrlThatSetsAnotherWriteDelayNamingTheSettingTheValueAndTheRule() {
        for (String value : new String[] {"500", "1", "-1", "", "none", " 0", "0x0"}) {
            for (String name : new String[] {"WRITE_DELAY", "write_delay", "Write_Delay"}) {
                String url = "jdbc:h2:file:/var/otp/db;PASSWORD=secret;" + name + "=" + value;
                ValidationException e = catchThrowableOfType(ValidationException.class, () -> H2Durability.durable(url));
                assertThat(e).as(url).isNotNull();
                Violation v = e.violations().get(0);
                assertThat(v.path()).isEqualTo("url");
                assertThat(v.ruleId()).isEqualTo(JdbcProviderFactory.DURABILITY_RULE).isEqualTo("OTP-JDBC-DURABILITY");
                assertThat(v.message(Locale.ENGLISH)).contains("WRITE_DELAY=" + value + " ").contains("WRITE_DELAY=0")
                    .contains("jdbc:h2:file:/var/otp/db").doesNotContain("secret");
            }
        }
        assertThatThrownBy(() -> H2Durability.durable("jdbc:h2:file:/var/otp/db;WRITE_DELAY=0;WRITE_DELAY=500"))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    void leavesDatabasesInMemoryAndOtherDriversAlone() {
        for (String url : new String[] {"jdbc:h2:mem:otp", "jdbc:h2:mem:otp;DB_CLOSE_DELAY=-1;WRITE_DELAY=500",
            "jdbc:h2:mem:", "jdbc:h2:.", "jdbc:h2:tcp://localhost/mem:otp;WRITE_DELAY=500",
            "jdbc:postgresql://db/otp?WRITE_DELAY=500", "jdbc:postgresql://db/otp"}) {
            assertThat(H2Durability.isFileDatabase(url)).as(url).isFalse();
            assertThat(H2Durability.durable(url)).as(url).isEqualTo(url);
        }
    }

    @Test
    void readsSettingsAsH2DoesWithEscapedSemicolonsInsideAValue() {
        // H2 splits settings on ';' and a backslash escapes the next character: this is one INIT setting.
        String url = "jdbc:h2:file:/var/otp/db;INIT=SET LOCK_TIMEOUT 10000\\;SET WRITE_DELAY=500";
        assertThat(H2Durability.settings(url, "WRITE_DELAY")).isEmpty();
        assertThat(H2Durability.settings(url, "INIT")).containsExactly("SET LOCK_TIMEOUT 10000;SET WRITE_DELAY=500");
    }

    @Test
    void theStoreOpenedOnAnH2FileRunsWithWriteDelayZero() throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("otp");
        try (PersistenceProvider store = PersistenceProviders.open("jdbc", Map.of("url", url, "migrate", "true"))) {
            store.repository(Need.class).save(JdbcPersistenceProviderContract.need("N-1"), 0, JdbcPersistenceProviderContract.BY);
            // the database is open in this process: another connection sees its settings
            assertThat(writeDelay(url)).isEqualTo("0");
            assertThat(store.repository(Need.class).find(NeedId.of("N-1"))).isPresent();
        }
    }

    @Test
    void refusesAnH2FileThatRunsWithAnotherWriteDelayOnceConnected() {
        String url = "jdbc:h2:file:" + directory.resolve("otp") + ";INIT=SET WRITE_DELAY 700";
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> PersistenceProviders.open("jdbc", Map.of("url", url)));
        assertThat(e).isNotNull();
        assertThat(e.violations().get(0).ruleId()).isEqualTo(JdbcProviderFactory.DURABILITY_RULE);
        assertThat(e.violations().get(0).message(Locale.ENGLISH)).contains("WRITE_DELAY=700").contains("INIT");
    }

    @Test
    void refusesAnH2FileUrlWithAnotherWriteDelayBeforeConnecting() {
        Path file = directory.resolve("never");
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> PersistenceProviders.open("jdbc", Map.of("url", "jdbc:h2:file:" + file + ";WRITE_DELAY=500")));
        assertThat(e.violations().get(0).ruleId()).isEqualTo(JdbcProviderFactory.DURABILITY_RULE);
        assertThat(directory.toFile().list()).isEmpty();
    }

    @Test
    void theDurabilityMessagesReadInEnglishAndSpanish() {
        MessageBundles.assertEnglishAndSpanishAgree(JdbcProviderFactoryTest.class, "io.otp.persistence.jdbc.");
        Violation v = catchThrowableOfType(ValidationException.class,
            () -> H2Durability.durable("jdbc:h2:./otp;WRITE_DELAY=500")).violations().get(0);
        assertThat(v.message(Locale.ENGLISH)).startsWith("setting url sets WRITE_DELAY=500 for the H2 database file jdbc:h2:./otp…;");
        assertThat(v.message(Locale.forLanguageTag("es")))
            .startsWith("el ajuste url fija WRITE_DELAY=500 para el fichero de base de datos H2 jdbc:h2:./otp…;");
    }

    private static String writeDelay(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
