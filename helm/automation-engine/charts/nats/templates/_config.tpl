{{/* nats.conf: JetStream on every server, a route to every replica when there are several. */}}
{{- define "nats-chart.config" -}}
{{- $replicas := int .Values.replicaCount -}}
server_name: $SERVER_NAME
pid_file: /var/run/nats/nats.pid
port: 4222
http_port: 8222
max_payload: {{ .Values.maxPayload }}
lame_duck_duration: 30s
lame_duck_grace_period: 10s
jetstream {
  store_dir: /data
  max_memory_store: {{ .Values.jetstream.maxMemoryStore }}
  max_file_store: {{ .Values.jetstream.maxFileStore }}
}
{{- if gt $replicas 1 }}
cluster {
  name: automation-engine
  port: 6222
  connect_retries: 120
  routes: [
    {{- range $i := until $replicas }}
    nats://nats-{{ $i }}.nats-headless:6222
    {{- end }}
  ]
}
{{- end }}
{{- end -}}
