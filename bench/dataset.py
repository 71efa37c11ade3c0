"""SQL that bulk-loads the benchmark's synthetic clinic straight into the database
(not through the API): patients with their search terms, doctors, and two weeks
of appointments. The names repeat the way real ones do: 40 first names and 625
surnames."""

FIRST = ["Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Ava", "Elijah", "Sophia", "Lucas", "Mia", "Mateo",
         "Isabella", "Levi", "Aiyana", "Kenji", "Fatima", "Sven", "Chioma", "Diego", "Priya", "Tomas", "Zainab", "Hiro",
         "Ingrid", "Kofi", "Leila", "Marek", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Samir", "Tara", "Umar",
         "Vera", "Wen", "Yara", "Zoltan"]
SYL1 = ["Ha", "Ko", "Ta", "Ga", "Oka", "Ngu", "Ro", "Mu", "La", "Pa", "Du", "Me", "Si", "Co", "Ki", "Ber", "Mor",
        "Vas", "Bre", "Sto", "Fa", "Lin", "Dra", "Qui", "Wes"]
SYL2 = ["ddad", "walski", "naka", "rcia", "for", "yen", "ssi", "ller", "rsen", "tel", "bois", "nsah", "lva", "hen",
        "mura", "ger", "ton", "quez", "men", "ne", "ro", "gren", "vic", "smith", "berg"]


def _values(rows):
    return ", ".join(f"({k}, '{v}')" for k, v in enumerate(rows))


def name_tables():
    return (f"CREATE TEMP TABLE bf (k INTEGER PRIMARY KEY, v TEXT); INSERT INTO bf VALUES {_values(FIRST)};\n"
            f"CREATE TEMP TABLE bs1 (k INTEGER PRIMARY KEY, v TEXT); INSERT INTO bs1 VALUES {_values(SYL1)};\n"
            f"CREATE TEMP TABLE bs2 (k INTEGER PRIMARY KEY, v TEXT); INSERT INTO bs2 VALUES {_values(SYL2)};\n")


def patients_sql(engine, first, last):
    """Patients first..last (ids), as the server would store them (the name's
    first word is found through sort_name, so it has no search term)."""
    if engine == "postgresql":
        seq = f"generate_series({first}, {last}) AS g(i)"
        mrn = "'MRN-' || CASE WHEN length(i::text) >= 6 THEN i::text ELSE lpad(i::text, 6, '0') END"
        dob = "date '1940-01-01' + (i % 29000)"
        now = "now()"
        digits = "regexp_replace(phone, '[^0-9]', '', 'g')"
        div = "/"
        prefix = ""
    else:
        seq = "seq"
        mrn = "'MRN-' || printf('%06d', i)"
        dob = "date('1940-01-01', '+' || (i % 29000) || ' days')"
        now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
        digits = "replace(replace(phone, '+', ''), ' ', '')"
        div = "/"
        prefix = f"WITH RECURSIVE seq(i) AS (SELECT {first} UNION ALL SELECT i + 1 FROM seq WHERE i < {last}) "
    rows = (f"SELECT i, {mrn} AS mrn, bf.v || ' ' || bs1.v || bs2.v AS name, lower(bf.v) AS w1, "
            f"lower(bs1.v || bs2.v) AS w2, {dob} AS dob, "
            f"lower(bf.v) || '.' || lower(bs1.v || bs2.v) || i || '@example.org' AS email, "
            f"'+1 555 ' || substr('0000000' || i, -7, 7) AS phone "
            f"FROM {seq} JOIN bf ON bf.k = i % 40 JOIN bs1 ON bs1.k = (i {div} 40) % 25 "
            f"JOIN bs2 ON bs2.k = (i {div} 1000) % 25")
    if engine == "postgresql":
        rows = rows.replace("substr('0000000' || i, -7, 7)", "lpad((i % 10000000)::text, 7, '0')")
    insert = (f"{prefix}INSERT INTO patients (id, mrn, name, sort_name, date_of_birth, sex, email, email_key, phone, "
              f"created_at, updated_at, version) SELECT i, mrn, name, lower(name), dob, "
              f"CASE WHEN i % 2 = 0 THEN 'female' ELSE 'male' END, email, email, phone, {now}, {now}, 1 "
              f"FROM ({rows}) AS r;\n")
    src = f"FROM patients WHERE id BETWEEN {first} AND {last}"
    terms = (f"INSERT INTO patient_search_terms (term, patient_id, sort_name) SELECT DISTINCT term, id, sort_name FROM ("
             f"SELECT lower(split_part(name, ' ', 2)) AS term, id, sort_name {src} "
             f"UNION ALL SELECT email_key, id, sort_name {src} "
             f"UNION ALL SELECT {digits}, id, sort_name {src} "
             f"UNION ALL SELECT lower(mrn), id, sort_name {src} "
             f"UNION ALL SELECT substr(mrn, 5), id, sort_name {src}) AS t;\n")
    if engine != "postgresql":
        terms = terms.replace("lower(split_part(name, ' ', 2))", "lower(substr(name, instr(name, ' ') + 1))")
    tail = ""
    if engine == "postgresql":
        tail = "SELECT setval(pg_get_serial_sequence('patients', 'id'), (SELECT max(id) FROM patients));\n"
    return insert + terms + tail


def doctors_sql(engine, count, first_id):
    now = "now()" if engine == "postgresql" else "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    values = ", ".join(f"({first_id + d}, 'doctor{d}', 'Doctor {first_id + d}', 'doctor', 'unusable', TRUE, {now}, {now}, 1)"
                       for d in range(count))
    sql = (f"INSERT INTO users (id, username, full_name, role, password_hash, active, created_at, updated_at, version) "
           f"VALUES {values};\n")
    if engine == "postgresql":
        sql += "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users));\n"
    return sql


def appointments_sql(engine, doctors, first_doctor, day0, patients):
    """Two weeks from day0 (YYYY-MM-DD), 16 half-hour appointments a day per doctor."""
    if engine == "postgresql":
        start = f"(timestamptz '{day0} 08:00:00+00' + day * interval '1 day' + s * interval '30 minutes')"
        return (f"INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, reason, "
                f"created_at, updated_at, version) SELECT 1 + (d * 1000 + day * 16 + s) % {patients}, {first_doctor} + d, "
                f"{start}, {start} + interval '30 minutes', 30, 'scheduled', 'Check-up', now(), now(), 1 "
                f"FROM generate_series(0, {doctors - 1}) d, generate_series(0, 13) day, generate_series(0, 15) s;\n")
    fmt = "'%Y-%m-%dT%H:%M:%S.000Z'"
    return (f"WITH RECURSIVE d(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM d WHERE v < {doctors - 1}), "
            f"dy(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM dy WHERE v < 13), "
            f"sl(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM sl WHERE v < 15) "
            f"INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, reason, "
            f"created_at, updated_at, version) SELECT 1 + (d.v * 1000 + dy.v * 16 + sl.v) % {patients}, {first_doctor} + d.v, "
            f"strftime({fmt}, '{day0} 08:00:00', '+' || dy.v || ' days', '+' || (sl.v * 30) || ' minutes'), "
            f"strftime({fmt}, '{day0} 08:00:00', '+' || dy.v || ' days', '+' || (sl.v * 30 + 30) || ' minutes'), "
            f"30, 'scheduled', 'Check-up', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1 "
            f"FROM d, dy, sl;\n")


def peer_sql(patients, doctors, first_doctor, day0):
    """The same patients and appointments in the peer's own tables (PostgreSQL)."""
    return (f"INSERT INTO patient (id, name, date_of_birth, email, phone, blood_group, created_at, updated_at) "
            f"SELECT i, bf.v || ' ' || bs1.v || bs2.v, date '1940-01-01' + (i % 29000), "
            f"lower(bf.v) || '.' || lower(bs1.v || bs2.v) || i || '@example.org', '+1 555 ' || lpad((i % 10000000)::text, 7, '0'), "
            f"'O+', now(), now() FROM generate_series(1, {patients}) i JOIN bf ON bf.k = i % 40 "
            f"JOIN bs1 ON bs1.k = (i / 40) % 25 JOIN bs2 ON bs2.k = (i / 1000) % 25;\n"
            f"SELECT setval(pg_get_serial_sequence('patient', 'id'), {patients});\n"
            f"INSERT INTO appointment (patient_id, doctor_name, appointment_datetime, status, reason) "
            f"SELECT 1 + (d * 1000 + day * 16 + s) % {patients}, 'Doctor ' || ({first_doctor} + d), "
            f"timestamp '{day0} 08:00:00' + day * interval '1 day' + s * interval '30 minutes', 'scheduled', 'Check-up' "
            f"FROM generate_series(0, {doctors - 1}) d, generate_series(0, 13) day, generate_series(0, 15) s;\n")
