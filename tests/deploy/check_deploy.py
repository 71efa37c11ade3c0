#!/usr/bin/env python3
"""Checks the deployment files that cannot run here (no container engine or
cluster): yamllint on every YAML file, then the invariants an operator relies
on, read from the parsed manifests, the Dockerfile and the compose file.
Usage: check_deploy.py SOURCE_DIR HMS_SERVER_EXECUTABLE"""
import os
import re
import subprocess
import sys

import yaml

ROOT, SERVER = sys.argv[1], sys.argv[2]
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def documents(path):
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d]


# 1. yamllint, with the project's .yamllint
yaml_files = []
for folder in ("deploy", ".github"):
    for dirpath, _, files in os.walk(os.path.join(ROOT, folder)):
        yaml_files += [os.path.join(dirpath, f) for f in files if f.endswith((".yaml", ".yml"))]
lint = subprocess.run(["yamllint", "-c", os.path.join(ROOT, ".yamllint"), "-f", "parsable", *yaml_files],
                      capture_output=True, text=True)
check(lint.returncode == 0, "yamllint:\n" + lint.stdout)

# 2. Kubernetes manifests
kdir = os.path.join(ROOT, "deploy", "kubernetes")
objects = {}
for name in sorted(os.listdir(kdir)):
    if not name.endswith(".yaml") or name == "kustomization.yaml":
        continue
    for doc in documents(os.path.join(kdir, name)):
        check("apiVersion" in doc and "kind" in doc and "metadata" in doc, f"{name}: not a Kubernetes object")
        objects[(doc["kind"], doc["metadata"]["name"])] = doc
        if doc["kind"] != "Namespace":
            check(doc["metadata"].get("namespace") == "hms", f"{name}: {doc['kind']} outside the hms namespace")

kustomization = documents(os.path.join(kdir, "kustomization.yaml"))[0]
listed = set(kustomization["resources"])
for name in os.listdir(kdir):
    if name.endswith(".yaml") and name not in ("kustomization.yaml", "secret.template.yaml"):
        check(name in listed, f"kustomization.yaml does not list {name}")
check("secret.template.yaml" not in listed, "the Secret template must not be applied as it is")

required = [("Namespace", "hms"), ("ConfigMap", "hms-server"), ("StatefulSet", "hms-postgresql"),
            ("Service", "hms-postgresql"), ("Deployment", "hms-server"), ("Service", "hms-server"),
            ("Ingress", "hms"), ("HorizontalPodAutoscaler", "hms-server"), ("PodDisruptionBudget", "hms-server"),
            ("NetworkPolicy", "hms-postgresql")]
for key in required:
    check(key in objects, f"missing {key[0]} {key[1]}")


def pod_specs():
    for (kind, name), doc in objects.items():
        if kind in ("Deployment", "StatefulSet"):
            yield f"{kind} {name}", doc["spec"]["template"]
        elif kind == "CronJob":
            yield f"{kind} {name}", doc["spec"]["jobTemplate"]["spec"]["template"]


for what, template in pod_specs():
    spec = template["spec"]
    check(spec.get("securityContext", {}).get("runAsNonRoot") is True, f"{what}: runAsNonRoot is not set")
    check(spec.get("automountServiceAccountToken") is False, f"{what}: mounts a service account token")
    for c in spec["containers"] + spec.get("initContainers", []):
        sc = c.get("securityContext", {})
        check(sc.get("readOnlyRootFilesystem") is True, f"{what}/{c['name']}: root filesystem is writable")
        check(sc.get("allowPrivilegeEscalation") is False, f"{what}/{c['name']}: privilege escalation allowed")
        check(sc.get("capabilities", {}).get("drop") == ["ALL"], f"{what}/{c['name']}: capabilities not dropped")
        res = c.get("resources", {})
        for part in ("requests", "limits"):
            for resource in ("cpu", "memory"):
                check(resource in res.get(part, {}), f"{what}/{c['name']}: no {resource} {part}")
        check(not c["image"].endswith(":latest") and ":" in c["image"], f"{what}/{c['name']}: image not pinned")

deployment = objects.get(("Deployment", "hms-server"))
if deployment:
    spec = deployment["spec"]
    check(spec["replicas"] == 3, "the server Deployment does not run 3 replicas")
    check(spec["strategy"]["type"] == "RollingUpdate", "the server Deployment does not roll")
    check(spec["strategy"]["rollingUpdate"]["maxUnavailable"] == 0, "a rolling update may drop below 3 replicas")
    pod_labels = spec["template"]["metadata"]["labels"]
    check(all(pod_labels.get(k) == v for k, v in spec["selector"]["matchLabels"].items()),
          "the Deployment's selector does not match its pods")
    container = spec["template"]["spec"]["containers"][0]
    check(container["livenessProbe"]["httpGet"]["path"] == "/health", "liveness probe is not /health")
    check(container["readinessProbe"]["httpGet"]["path"] == "/ready", "readiness probe is not /ready")
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    configmap = objects.get(("ConfigMap", "hms-server"), {}).get("data", {})
    check(str(ports.get("http")) == configmap.get("HMS_PORT"), "the container port is not HMS_PORT")
    # Every variable the manifests hand the server is one it knows.
    help_text = subprocess.run([SERVER, "--help"], capture_output=True, text=True).stdout
    known = set(re.findall(r"\[(HMS_[A-Z_]+)\]", help_text))
    env_names = set(configmap) | {e["name"] for e in container.get("env", [])}
    for c in spec["template"]["spec"].get("initContainers", []):
        env_names |= {e["name"] for e in c.get("env", [])}
    for name in sorted(env_names):
        check(name in known, f"the server is given {name}, which hms-server --help does not list")
    # The schema owner's secret reaches the migrate init container only: the
    # server runs as a role that cannot rewrite the audit log.
    init = spec["template"]["spec"].get("initContainers", [])
    check(any(c.get("args") == ["migrate"] for c in init), "the server pods do not migrate in an init container")

    service = objects.get(("Service", "hms-server"))
    if service:
        check(all(pod_labels.get(k) == v for k, v in service["spec"]["selector"].items()),
              "the server Service selects no server pods")
        check(any(p["targetPort"] in ("http", ports.get("http")) for p in service["spec"]["ports"]),
              "the server Service does not target the http port")
        service_ports = {p["name"] for p in service["spec"]["ports"]}
        for (kind, name), ing in objects.items():
            if kind != "Ingress":
                continue
            check(bool(ing["spec"].get("tls")), f"Ingress {name} has no TLS")
            check(any("limit-r" in k for k in ing["metadata"].get("annotations", {})), f"Ingress {name} has no rate limit")
            for rule in ing["spec"]["rules"]:
                for path in rule["http"]["paths"]:
                    backend = path["backend"]["service"]
                    check(backend["name"] == "hms-server" and backend["port"]["name"] in service_ports,
                          f"Ingress {name} points at a port the server Service lacks")

    hpa = objects.get(("HorizontalPodAutoscaler", "hms-server"))
    if hpa:
        check(hpa["spec"]["scaleTargetRef"]["name"] == "hms-server", "the HPA scales something else")
        check(hpa["spec"]["minReplicas"] >= 3, "the HPA may scale below 3 replicas")
    pdb = objects.get(("PodDisruptionBudget", "hms-server"))
    if pdb:
        check(all(pod_labels.get(k) == v for k, v in pdb["spec"]["selector"]["matchLabels"].items()),
              "the PDB selects no server pods")
        check(pdb["spec"].get("minAvailable", 0) >= 2, "the PDB lets a drain take all but one replica")

statefulset = objects.get(("StatefulSet", "hms-postgresql"))
if statefulset:
    headless = objects.get(("Service", statefulset["spec"]["serviceName"]))
    check(headless is not None and headless["spec"].get("clusterIP") == "None",
          "the StatefulSet's service is not headless")
    check(bool(statefulset["spec"].get("volumeClaimTemplates")), "PostgreSQL has no persistent volume")
    db_labels = statefulset["spec"]["template"]["metadata"]["labels"]
    policy = objects.get(("NetworkPolicy", "hms-postgresql"))
    if policy:
        check(all(db_labels.get(k) == v for k, v in policy["spec"]["podSelector"]["matchLabels"].items()),
              "the database NetworkPolicy does not select the database pods")
        allowed = [f.get("podSelector", {}).get("matchLabels", {}).get("app.kubernetes.io/name")
                   for rule in policy["spec"]["ingress"] for f in rule["from"]]
        check("hms-server" in allowed and all(a and a.startswith("hms-") and a != "hms-postgresql" for a in allowed),
              f"the database accepts connections from {allowed}")
        check(policy["spec"]["policyTypes"] == ["Ingress"], "the database NetworkPolicy does not restrict ingress")

for secret in documents(os.path.join(kdir, "secret.template.yaml")):
    for key, value in secret["stringData"].items():
        if "PASSWORD" in key or "URL" in key:
            check("CHANGE-ME" in value, f"the Secret template holds a real {key}")


def secret_names(container):
    names = {e["valueFrom"]["secretKeyRef"]["name"] for e in container.get("env", [])
             if "secretKeyRef" in e.get("valueFrom", {})}
    return names | {e["secretRef"]["name"] for e in container.get("envFrom", []) if "secretRef" in e}


for what, template in pod_specs():
    for c in template["spec"]["containers"]:
        check("hms-database-owner" not in secret_names(c), f"{what}/{c['name']} is given the schema owner's secret")
        check("HMS_OWNER_DATABASE_URL" not in {e["name"] for e in c.get("env", [])},
              f"{what}/{c['name']} is given the schema owner's URL")

# 3. Dockerfile: built with the project's scripts, runtime without build tools, non-root, health check.
with open(os.path.join(ROOT, "deploy", "container", "Dockerfile")) as f:
    dockerfile = f.read()
stages = re.split(r"^FROM ", dockerfile, flags=re.M)[1:]
check(len(stages) == 2, "the Dockerfile is not two stages (build, runtime)")
if len(stages) == 2:
    build, runtime = stages
    check(build.startswith("debian:12") and runtime.startswith("debian:12"), "the stages are not Debian 12")
    for script in re.findall(r"scripts/[a-z-]+", build):
        check(os.access(os.path.join(ROOT, script), os.X_OK), f"the Dockerfile runs {script}, which is not in the repository")
    check("scripts/install-deps" in build and "scripts/package" in build, "the build stage does not use the project's scripts")
    for tool in ("build-essential", "cmake", "ninja", "-dev", "g++"):
        check(tool not in runtime, f"the runtime stage installs {tool}")
    user = re.findall(r"^USER (\S+)", runtime, flags=re.M)
    check(bool(user) and not user[-1].startswith(("root", "0")), "the image runs as root")
    check("HEALTHCHECK" in runtime and "/health" in runtime, "the image has no health check")

# 4. compose: PostgreSQL with a health check and a volume; the server waits for it.
compose = documents(os.path.join(ROOT, "deploy", "container", "compose.yaml"))[0]
db, server = compose["services"]["db"], compose["services"]["server"]
check("healthcheck" in db, "compose: the database has no health check")
check(any(v.endswith(":/var/lib/postgresql/data") for v in db.get("volumes", [])), "compose: the database has no volume")
check(server.get("depends_on", {}).get("db", {}).get("condition") == "service_healthy",
      "compose: the server does not wait for a healthy database")
check(server.get("read_only") is True, "compose: the server's filesystem is writable")
migrate = compose["services"].get("migrate", {})
check(migrate.get("command") == ["migrate"] and "HMS_OWNER_DATABASE_URL" in migrate.get("environment", {}),
      "compose: no migrate service running as the schema's owner")
check(server.get("depends_on", {}).get("migrate", {}).get("condition") == "service_completed_successfully",
      "compose: the server does not wait for the migrations")
check("HMS_OWNER_DATABASE_URL" not in server.get("environment", {}), "compose: the server is given the owner's URL")

# 5. The Grafana dashboard only asks for metrics the server exports.
import json  # noqa: E402
with open(os.path.join(ROOT, "deploy", "grafana", "hms-server-dashboard.json")) as f:
    dashboard = json.load(f)
with open(os.path.join(ROOT, "server", "http", "Metrics.cpp")) as f:
    exported = set(re.findall(r"# TYPE (hms_[a-z_]+)", f.read()))
asked = {m for p in dashboard["panels"] for t in p["targets"] for m in re.findall(r"hms_[a-z_]+", t["expr"])}
for metric in sorted(asked):
    base = re.sub(r"_(bucket|sum|count)$", "", metric)
    check(base in exported, f"the dashboard asks for {metric}, which the server does not export")

if problems:
    print("\n".join("FAIL: " + p for p in problems))
    sys.exit(1)
print(f"deployment checks passed: {len(yaml_files)} YAML files linted, {len(objects)} Kubernetes objects checked, "
      f"Dockerfile, compose file and {len(asked)} dashboard metrics checked")
