{{/*
Names and labels shared by every engine service. The service's name is its chart's name, which is
also its folder under services/, its image repository and its Kubernetes objects' name.
*/}}

{{- define "service-lib.name" -}}
{{- .Chart.Name -}}
{{- end -}}

{{/*
An object's name: the service's, or <service>-<instance> for the objects of one instance of a
service that runs one Deployment per instance (`instances`, e.g. a monitor per VCO host).
*/}}
{{- define "service-lib.objectName" -}}
{{- if .Instance -}}
{{- printf "%s-%s" .Chart.Name .Instance.name -}}
{{- else -}}
{{- .Chart.Name -}}
{{- end -}}
{{- end -}}

{{- define "service-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "service-lib.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- with .Instance }}
automation-engine/instance: {{ .name }}
{{- end }}
{{- end -}}

{{- define "service-lib.labels" -}}
{{ include "service-lib.selectorLabels" . }}
app.kubernetes.io/part-of: automation-engine
app.kubernetes.io/component: {{ .Values.kind | default "bridge" }}
app.kubernetes.io/version: {{ include "service-lib.imageTag" . | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
project: mettel-automation
environment-name: {{ .Values.global.environmentName | quote }}
current-environment: {{ .Values.global.currentEnvironment | quote }}
{{- end -}}

{{- define "service-lib.configMapName" -}}
{{- printf "%s-config" (include "service-lib.objectName" .) -}}
{{- end -}}

{{- define "service-lib.secretName" -}}
{{- printf "%s-secret" (include "service-lib.name" .) -}}
{{- end -}}

{{/* The SecretStore the umbrella chart creates: <environment>-parameter-store, unless named. */}}
{{- define "service-lib.secretStoreName" -}}
{{- $store := .Values.global.externalSecrets.store -}}
{{- $store.name | default (printf "%s-parameter-store" .Values.global.environmentName) -}}
{{- end -}}

{{- define "service-lib.imageTag" -}}
{{- (.Values.image).tag | default .Values.global.image.tag | toString -}}
{{- end -}}

{{/* <registry>/<service>:<tag>, pinned as …@<digest> when the deploy job resolved one. */}}
{{- define "service-lib.image" -}}
{{- $repository := (.Values.image).repository | default (printf "%s/%s" .Values.global.image.registry (include "service-lib.name" .)) -}}
{{- $image := printf "%s:%s" $repository (include "service-lib.imageTag" .) -}}
{{- with (.Values.image).digest -}}
{{- $image = printf "%s@%s" $image . -}}
{{- end -}}
{{- $image -}}
{{- end -}}

{{/*
Where an ExternalSecret entry's parameter lives. Scopes (infra-as-code/README.md, spec §3.2):
  env     /automation-engine/<pro|dev>/<key>       the application parameters of the environment type
  common  /automation-engine/common/<key>          shared by every environment
  infra   /automation-engine/<infra env>/<key>     what infra-as-code publishes (Redis URLs)
*/}}
{{- define "service-lib.parameterPath" -}}
{{- $root := index . 0 -}}
{{- $ref := index . 1 -}}
{{- $global := $root.Values.global -}}
{{- $scope := $ref.scope | default "env" -}}
{{- if eq $scope "env" -}}
{{- printf "/automation-engine/%s/%s" $global.ssmEnvironment $ref.key -}}
{{- else if eq $scope "common" -}}
{{- printf "/automation-engine/common/%s" $ref.key -}}
{{- else if eq $scope "infra" -}}
{{- printf "/automation-engine/%s/%s" $global.infraEnvironment $ref.key -}}
{{- else -}}
{{- fail (printf "%s: secret scope %q is not env, common or infra" (include "service-lib.name" $root) $scope) -}}
{{- end -}}
{{- end -}}
