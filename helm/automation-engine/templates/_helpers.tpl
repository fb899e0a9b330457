{{/* Labels of the umbrella chart's own objects. */}}
{{- define "automation-engine.labels" -}}
app.kubernetes.io/part-of: automation-engine
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
project: mettel-automation
environment-name: {{ .Values.global.environmentName | quote }}
current-environment: {{ .Values.global.currentEnvironment | quote }}
{{- end -}}

{{/* Refuses to render with the placeholders of values-dev.yaml: the deploy job must set the ids. */}}
{{- define "automation-engine.checkEnvironment" -}}
{{- range $key := list "environmentName" "infraEnvironment" -}}
{{- $value := index $.Values.global $key | toString -}}
{{- if eq $value "set-by-the-deploy-job" -}}
{{- fail (printf "global.%s is not set: pass it from ci-utils' `ephemeral env` (--set-string global.%s=…)" $key $key) -}}
{{- end -}}
{{- end -}}
{{- end -}}
