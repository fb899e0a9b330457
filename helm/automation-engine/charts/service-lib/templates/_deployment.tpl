{{/*
One Deployment per service. Port 5000 serves /healthz (liveness), /readyz (readiness: bus
connected, claim-check Redis answering, the service's own checks) and /metrics (ADR 0006).
Monitors run with the Recreate strategy so two schedulers never overlap during a rollout.
With `instances`, each instance gets its own Deployment and ConfigMap (<service>-<instance>), its
`config` merged over the service's: the original ran one outage monitor per VCO host this way.
SIGTERM drains (SHUTDOWN_TIMEOUT_SECONDS, 30 s by default) before the grace period ends.
*/}}

{{- define "service-lib.deployment" -}}
{{- $probes := .Values.probes | default dict -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "service-lib.objectName" . }}
  labels:
    {{- include "service-lib.labels" . | nindent 4 }}
  annotations:
    # Restart the pods when the secret behind them changes (a parameter edited in SSM).
    reloader.stakater.com/auto: "true"
spec:
  {{- if not (.Values.autoscaling).enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 3
  strategy:
    {{- if eq (.Values.kind | default "bridge") "monitor" }}
    type: Recreate
    {{- else }}
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
    {{- end }}
  selector:
    matchLabels:
      {{- include "service-lib.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "service-lib.labels" . | nindent 8 }}
      annotations:
        checksum/config: {{ include "service-lib.configmap" . | sha256sum }}
        fluentbit.io/parser: json
    spec:
      serviceAccountName: {{ .Values.global.serviceAccount.name }}
      automountServiceAccountToken: {{ .Values.global.serviceAccount.automountToken | default false }}
      {{- with (.Values.priorityClassName | default .Values.global.priorityClassName) }}
      priorityClassName: {{ . }}
      {{- end }}
      {{- with .Values.global.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds | default 40 }}
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        fsGroup: 1000
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: {{ include "service-lib.name" . }}
          image: {{ include "service-lib.image" . | quote }}
          imagePullPolicy: {{ .Values.global.image.pullPolicy }}
          ports:
            - name: http
              containerPort: 5000
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "service-lib.configMapName" . }}
            - secretRef:
                name: {{ include "service-lib.secretName" . }}
                optional: {{ not .Values.global.externalSecrets.enabled }}
          startupProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 2
            failureThreshold: {{ $probes.startupFailureThreshold | default 30 }}
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: {{ $probes.periodSeconds | default 10 }}
            timeoutSeconds: {{ $probes.timeoutSeconds | default 3 }}
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /readyz
              port: http
            periodSeconds: {{ $probes.periodSeconds | default 10 }}
            timeoutSeconds: {{ $probes.timeoutSeconds | default 3 }}
            failureThreshold: 3
          resources:
            {{- required (printf "%s: resources.requests and resources.limits are required" (include "service-lib.name" .)) .Values.resources | toYaml | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}
