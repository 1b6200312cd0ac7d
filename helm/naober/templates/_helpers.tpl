{{/* Chart name. */}}
{{- define "naober.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name: <release>-naober unless overridden. */}}
{{- define "naober.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Selector labels of one component: (dict "root" $ "component" "gateway"). */}}
{{- define "naober.selectorLabels" -}}
app.kubernetes.io/name: {{ include "naober.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* All labels of one component. */}}
{{- define "naober.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "naober.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: naober
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{/* Image of a component: (dict "root" $ "repository" "naober-app"). */}}
{{- define "naober.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .repository (default .root.Chart.AppVersion .root.Values.image.tag) }}
{{- end }}

{{- define "naober.cnpgName" -}}
{{- default (printf "%s-db" (include "naober.fullname" .)) .Values.cnpg.name }}
{{- end }}

{{- define "naober.poolerName" -}}
{{- printf "%s-pooler-rw" (include "naober.cnpgName" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "naober.keycloakName" -}}
{{- default (printf "%s-keycloak" (include "naober.fullname" .)) .Values.keycloak.operator.name }}
{{- end }}

{{/* Host and port the pods connect to: the Pooler (session mode), the CNPG primary or the external database. */}}
{{- define "naober.dbHost" -}}
{{- if .Values.cnpg.enabled }}
{{- if .Values.cnpg.pooler.enabled }}{{ include "naober.poolerName" . }}{{ else }}{{ include "naober.cnpgName" . }}-rw{{ end }}
{{- else }}
{{- required "database.external.host is required when cnpg.enabled is false" .Values.database.external.host }}
{{- end }}
{{- end }}

{{- define "naober.dbPort" -}}
{{- if .Values.cnpg.enabled }}5432{{ else }}{{ .Values.database.external.port }}{{ end }}
{{- end }}

{{- define "naober.jdbcUrl" -}}
{{- $url := printf "jdbc:postgresql://%s:%s/%s" (include "naober.dbHost" .) (include "naober.dbPort" . | toString) .Values.database.name }}
{{- if .Values.database.parameters }}{{ printf "%s?%s" $url .Values.database.parameters }}{{ else }}{{ $url }}{{ end }}
{{- end }}

{{/* The app's restricted login (request pool: rows only, no DDL; ADR 0005). */}}
{{- define "naober.dbSecretName" -}}
{{- if .Values.secrets.database.name }}{{ .Values.secrets.database.name }}
{{- else if .Values.cnpg.enabled }}{{ include "naober.cnpgName" . }}-naober-app
{{- else }}{{ fail "secrets.database.name (the app's restricted database login) is required when cnpg.enabled is false" }}
{{- end }}
{{- end }}

{{/* The owner login of the schemas: the app's migrations, the gateway's and Keycloak's schemas (ADR 0005). */}}
{{- define "naober.migrationDbSecretName" -}}
{{- if .Values.secrets.migrationDatabase.name }}{{ .Values.secrets.migrationDatabase.name }}
{{- else if .Values.cnpg.enabled }}{{ include "naober.cnpgName" . }}-app
{{- else }}{{ fail "secrets.migrationDatabase.name (the owner login for migrations) is required when cnpg.enabled is false; with one login only, name the same Secret as secrets.database.name (see docs/adr/0005)" }}
{{- end }}
{{- end }}

{{- define "naober.keycloakUrl" -}}
{{- if .Values.keycloak.url }}{{ .Values.keycloak.url | trimSuffix "/" }}
{{- else if .Values.keycloak.operator.enabled }}{{ printf "https://%s" .Values.keycloak.operator.hostname }}
{{- else }}{{ fail "keycloak.url is required when keycloak.operator.enabled is false" }}
{{- end }}
{{- end }}

{{- define "naober.keycloakInternalUrl" -}}
{{- default (include "naober.keycloakUrl" .) .Values.keycloak.internalUrl | trimSuffix "/" }}
{{- end }}

{{- define "naober.issuerUri" -}}
{{- printf "%s/realms/%s" (include "naober.keycloakUrl" .) .Values.keycloak.realm }}
{{- end }}

{{- define "naober.gatewayUrl" -}}
{{- default (printf "https://www.%s" .Values.domain) .Values.keycloak.realmImport.gatewayUrl | trimSuffix "/" }}
{{- end }}

{{/* The production realm with the non-secret placeholders filled in; secrets stay ${...} for Keycloak. */}}
{{- define "naober.realmJson" -}}
{{- $realm := .Files.Get "files/naober-realm.json" }}
{{- $r := .Values.keycloak.realmImport }}
{{- $realm = $realm | replace "${NAOBER_SMTP_HOST}" $r.smtpHost }}
{{- $realm = $realm | replace "${NAOBER_SMTP_PORT}" ($r.smtpPort | toString) }}
{{- $realm = $realm | replace "${NAOBER_SMTP_FROM}" $r.smtpFrom }}
{{- $realm = $realm | replace "${NAOBER_SMTP_STARTTLS}" ($r.smtpStarttls | toString) }}
{{- $realm = $realm | replace "${NAOBER_GATEWAY_URL}" (include "naober.gatewayUrl" .) }}
{{- $realm = $realm | replace "\"realm\": \"naober\"" (printf "\"realm\": %q" .Values.keycloak.realm) }}
{{- $realm }}
{{- end }}

{{/* Preferred anti-affinity per node for one component. */}}
{{- define "naober.affinity" -}}
{{- if .affinity }}
{{- toYaml .affinity }}
{{- else }}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "naober.selectorLabels" (dict "root" .root "component" .component) | nindent 12 }}
{{- end }}
{{- end }}

{{/* Probes on the actuator health groups. */}}
{{- define "naober.probes" -}}
startupProbe:
  httpGet:
    path: /actuator/health/liveness
    port: http
  periodSeconds: {{ .Values.probes.startupPeriodSeconds }}
  failureThreshold: {{ .Values.probes.startupFailureThreshold }}
livenessProbe:
  httpGet:
    path: /actuator/health/liveness
    port: http
  periodSeconds: {{ .Values.probes.livenessPeriodSeconds }}
  failureThreshold: 3
readinessProbe:
  httpGet:
    path: /actuator/health/readiness
    port: http
  periodSeconds: {{ .Values.probes.readinessPeriodSeconds }}
  failureThreshold: 3
{{- end }}

{{/* The app's database environment: its restricted login for requests, the owner login for migrations. */}}
{{- define "naober.appDbEnv" -}}
- name: SPRING_DATASOURCE_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "naober.dbSecretName" . }}
      key: {{ .Values.secrets.database.usernameKey }}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "naober.dbSecretName" . }}
      key: {{ .Values.secrets.database.passwordKey }}
- name: NAOBER_TENANTS_MIGRATION_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "naober.migrationDbSecretName" . }}
      key: {{ .Values.secrets.migrationDatabase.usernameKey }}
- name: NAOBER_TENANTS_MIGRATION_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "naober.migrationDbSecretName" . }}
      key: {{ .Values.secrets.migrationDatabase.passwordKey }}
{{- end }}

{{/* The gateway's database environment: the owner login, for the session schema it creates (gateway). */}}
{{- define "naober.gatewayDbEnv" -}}
- name: SPRING_DATASOURCE_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "naober.migrationDbSecretName" . }}
      key: {{ .Values.secrets.migrationDatabase.usernameKey }}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "naober.migrationDbSecretName" . }}
      key: {{ .Values.secrets.migrationDatabase.passwordKey }}
{{- end }}

{{- define "naober.javaToolOptions" -}}
{{- if .Values.javaToolOptions }}
- name: JAVA_TOOL_OPTIONS
  value: {{ .Values.javaToolOptions | quote }}
{{- end }}
{{- end }}

{{- define "naober.monitoringEnv" -}}
{{- if .Values.serviceMonitor.enabled }}
- name: MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE
  value: health,info,prometheus
{{- end }}
{{- end }}

{{/*
The personal-data key new values are encrypted with: secrets.encryption.currentKey, or the last of
secrets.encryption.keys. Fails on duplicate ids or an unknown current key, before anything is applied.
*/}}
{{- define "naober.privacyCurrentKey" -}}
{{- $ids := list }}
{{- range .Values.secrets.encryption.keys }}
{{- $ids = append $ids .id }}
{{- end }}
{{- if ne (len $ids) (len (uniq $ids)) }}
{{- fail (printf "secrets.encryption.keys: every key needs its own id (%s)" (join ", " $ids)) }}
{{- end }}
{{- $current := default (last $ids) .Values.secrets.encryption.currentKey }}
{{- if not (has $current $ids) }}
{{- fail (printf "secrets.encryption.currentKey %q is not one of secrets.encryption.keys (%s)" $current (join ", " $ids)) }}
{{- end }}
{{- $current }}
{{- end }}
