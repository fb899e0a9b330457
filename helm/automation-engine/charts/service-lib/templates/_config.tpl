{{/*
The service's environment, split by sensitivity (docs/adr/0006-service-environment.md):
- ConfigMap <svc>-config: the base variables every service reads, then the subchart's `config`.
- ExternalSecret <svc>-secret: REDIS_URL (the environment's main Redis, published by
  infra-as-code), Papertrail's endpoint when active, then the subchart's `secrets`, each a
  reference to a parameter (never a value).
*/}}

{{- define "service-lib.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "service-lib.configMapName" . }}
  labels:
    {{- include "service-lib.labels" . | nindent 4 }}
data:
  NATS_URL: {{ .Values.global.nats.url | quote }}
  ENVIRONMENT_NAME: {{ .Values.global.environmentName | quote }}
  CURRENT_ENVIRONMENT: {{ .Values.global.currentEnvironment | quote }}
  HTTP_PORT: "5000"
  LOG_LEVEL: {{ .Values.logLevel | default .Values.global.logLevel | quote }}
  PAPERTRAIL_ACTIVE: {{ .Values.global.papertrail.active | toString | quote }}
  PAPERTRAIL_PREFIX: {{ printf "%s-%s" (include "service-lib.name" .) (include "service-lib.imageTag" .) | quote }}
  {{- range $key, $value := .Values.config }}
  {{ $key }}: {{ $value | toString | quote }}
  {{- end }}
{{- end -}}

{{- define "service-lib.secretRefs" -}}
{{- $refs := dict "REDIS_URL" (dict "scope" "infra" "key" "redis/main-url") -}}
{{- if .Values.global.papertrail.active -}}
{{- $_ := set $refs "PAPERTRAIL_HOST" (dict "scope" "common" "key" "papertrail/host") -}}
{{- $_ := set $refs "PAPERTRAIL_PORT" (dict "scope" "common" "key" "papertrail/port") -}}
{{- end -}}
{{- range $name, $ref := .Values.secrets -}}
{{- $_ := set $refs $name $ref -}}
{{- end -}}
{{- toYaml $refs -}}
{{- end -}}

{{- define "service-lib.externalsecret" -}}
{{- $root := . -}}
{{- $es := .Values.global.externalSecrets -}}
apiVersion: {{ $es.apiVersion }}
kind: ExternalSecret
metadata:
  name: {{ include "service-lib.secretName" . }}
  labels:
    {{- include "service-lib.labels" . | nindent 4 }}
spec:
  refreshInterval: {{ $es.refreshInterval | quote }}
  secretStoreRef:
    name: {{ include "service-lib.secretStoreName" . }}
    kind: {{ $es.store.kind }}
  target:
    name: {{ include "service-lib.secretName" . }}
    creationPolicy: Owner
  data:
    {{- range $name, $ref := (include "service-lib.secretRefs" . | fromYaml) }}
    - secretKey: {{ $name }}
      remoteRef:
        key: {{ include "service-lib.parameterPath" (list $root $ref) }}
    {{- end }}
{{- end -}}
