package com.yuanjing.itsm.problem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The known-error database (已知错误库): one row per problem in {@code itsm_known_error}, written when a
 * problem's root cause is recorded and searched by the service desk.
 */
@Service
public class KnownErrorService {

  /** The most records one search returns. */
  public static final int MAX_LIMIT = 50;

  private static final String COLUMNS = "id, problem_key, service_id, category, title, symptom, root_cause, "
      + "workaround, recorded_at, recorded_by";
  private static final String TERM_CONDITION = "(LOWER(title) LIKE ? ESCAPE '!' OR LOWER(symptom) LIKE ? ESCAPE '!'"
      + " OR LOWER(root_cause) LIKE ? ESCAPE '!' OR LOWER(workaround) LIKE ? ESCAPE '!')";
  private static final int COLUMNS_PER_TERM = 4;
  // Chinese input methods type the ideographic space (U+3000) between words
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public KnownErrorService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Stores {@code error} as the known error of its problem: inserts it, or overwrites the record the
   * problem already has (its id stays). Recording the same content again changes nothing else, so an
   * investigation that is repeated, or a retried job, is harmless. A null {@code recordedAt} is the
   * engine's current time. Joins the caller's transaction (the engine's, when called from the process).
   *
   * @return the record as stored, with its id
   * @throws IllegalArgumentException when the problem key, title, symptom or root cause is blank
   */
  public KnownError record(KnownError error) {
    requireText(error.problemKey(), "problemKey");
    requireText(error.title(), "title");
    requireText(error.symptom(), "symptom");
    requireText(error.rootCause(), "rootCause");
    OffsetDateTime recordedAt = (error.recordedAt() != null ? error.recordedAt()
        : ClockUtil.getCurrentTime().toInstant()).atOffset(ZoneOffset.UTC);

    if (update(error, recordedAt) == 0) {
      try {
        // a savepoint: on PostgreSQL a failed INSERT would otherwise abort the caller's transaction
        savepoint.executeWithoutResult(status -> jdbc.update(
            "INSERT INTO itsm_known_error (problem_key, service_id, category, title, symptom, root_cause, "
                + "workaround, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            error.problemKey(), error.serviceId(), error.category(), error.title(), error.symptom(),
            error.rootCause(), error.workaround(), recordedAt, error.recordedBy()));
      } catch (DuplicateKeyException recordedConcurrently) {
        update(error, recordedAt);
      }
    }
    return find(error.problemKey()).orElseThrow();
  }

  /** The known error of the problem {@code problemKey}, if one was recorded. */
  public Optional<KnownError> find(String problemKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_known_error WHERE problem_key = ?",
        KnownErrorService::map, problemKey).stream().findFirst();
  }

  /**
   * Known errors that contain every whitespace-separated term of {@code query} (ignoring case) in their
   * title, symptom, root cause or workaround; each term may be found in a different one. % and _ are
   * plain characters. Newest first; a blank query lists the newest. {@code limit} is kept between 1 and
   * {@link #MAX_LIMIT}.
   */
  public List<KnownError> search(String query, int limit) {
    List<String> terms = query == null ? List.of()
        : Arrays.stream(WHITESPACE.split(query.strip())).filter(term -> !term.isEmpty()).toList();
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM itsm_known_error");
    List<Object> arguments = new ArrayList<>();
    for (String term : terms) {
      sql.append(arguments.isEmpty() ? " WHERE " : " AND ").append(TERM_CONDITION);
      String pattern = "%" + escapeLike(term.toLowerCase(Locale.ROOT)) + "%";
      for (int i = 0; i < COLUMNS_PER_TERM; i++) {
        arguments.add(pattern);
      }
    }
    sql.append(" ORDER BY recorded_at DESC, id DESC FETCH FIRST ? ROWS ONLY");
    arguments.add(Math.max(1, Math.min(limit, MAX_LIMIT)));
    return jdbc.query(sql.toString(), KnownErrorService::map, arguments.toArray());
  }

  private int update(KnownError error, OffsetDateTime recordedAt) {
    return jdbc.update("UPDATE itsm_known_error SET service_id = ?, category = ?, title = ?, symptom = ?, "
            + "root_cause = ?, workaround = ?, recorded_at = ?, recorded_by = ? WHERE problem_key = ?",
        error.serviceId(), error.category(), error.title(), error.symptom(), error.rootCause(),
        error.workaround(), recordedAt, error.recordedBy(), error.problemKey());
  }

  private static String escapeLike(String term) {
    return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("known error without " + field);
    }
  }

  private static KnownError map(ResultSet rs, int row) throws SQLException {
    Instant recordedAt = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
    return new KnownError(rs.getLong("id"), rs.getString("problem_key"), rs.getString("service_id"),
        rs.getString("category"), rs.getString("title"), rs.getString("symptom"), rs.getString("root_cause"),
        rs.getString("workaround"), recordedAt, rs.getString("recorded_by"));
  }
}
