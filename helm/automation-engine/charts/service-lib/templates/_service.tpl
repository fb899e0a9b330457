{{- define "service-lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "service-lib.name" . }}
  labels:
    {{- include "service-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "service-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: 5000
      targetPort: http
      protocol: TCP
{{- end -}}

{{/* Scraped by the cluster's kube-prometheus-stack: /metrics on the one HTTP port. */}}
{{- define "service-lib.servicemonitor" -}}
{{- $monitoring := .Values.global.monitoring -}}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "service-lib.name" . }}
  labels:
    {{- include "service-lib.labels" . | nindent 4 }}
    {{- with $monitoring.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- include "service-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: /metrics
      interval: {{ $monitoring.interval | default "30s" }}
      # The services' own `service` and `environment` labels win over the target's.
      honorLabels: true
{{- end -}}

{{- define "service-lib.hpa" -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "service-lib.name" . }}
  labels:
    {{- include "service-lib.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "service-lib.name" . }}
  minReplicas: {{ .Values.autoscaling.minReplicas | default .Values.replicaCount }}
  maxReplicas: {{ required "autoscaling.maxReplicas is required" .Values.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .Values.autoscaling.targetCPUUtilizationPercentage | default 80 }}
{{- end -}}

{{- define "service-lib.pdb" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "service-lib.name" . }}
  labels:
    {{- include "service-lib.labels" . | nindent 4 }}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      {{- include "service-lib.selectorLabels" . | nindent 6 }}
{{- end -}}

{{/*
Everything a service subchart renders: its templates/service.yaml is this one line,
  {{ include "service-lib.all" . }}
Nothing at all when the service is disabled (an ephemeral environment deploying a subset).
*/}}
{{- define "service-lib.all" -}}
{{- if .Values.enabled }}
{{- if .Values.instances }}
{{- $root := . }}
{{- range $instance := .Values.instances }}
{{- $values := deepCopy $root.Values }}
{{- $_ := set $values "config" (merge (deepCopy ($instance.config | default dict)) ($root.Values.config | default dict)) }}
{{- $_ := set $values "replicaCount" 1 }}
{{- $_ := set $values "autoscaling" dict }}
{{- $context := dict "Values" $values "Chart" $root.Chart "Release" $root.Release "Capabilities" $root.Capabilities "Template" $root.Template "Instance" $instance }}
---
{{ include "service-lib.configmap" $context }}
---
{{ include "service-lib.deployment" $context }}
{{- end }}
{{- else }}
---
{{ include "service-lib.configmap" . }}
---
{{ include "service-lib.deployment" . }}
{{- end }}
{{- if .Values.global.externalSecrets.enabled }}
---
{{ include "service-lib.externalsecret" . }}
{{- end }}
---
{{ include "service-lib.service" . }}
{{- if .Values.global.monitoring.serviceMonitors }}
---
{{ include "service-lib.servicemonitor" . }}
{{- end }}
{{- if (.Values.autoscaling).enabled }}
---
{{ include "service-lib.hpa" . }}
{{- end }}
{{- if or (gt (int .Values.replicaCount) 1) (.Values.autoscaling).enabled }}
---
{{ include "service-lib.pdb" . }}
{{- end }}
{{- end -}}
{{- end -}}
