{{/* Chart name, at most 63 characters. */}}
{{- define "datagen-operator.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-qualified name; the release name alone when it already contains the chart name. */}}
{{- define "datagen-operator.fullname" -}}
{{- if contains .Chart.Name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "datagen-operator.selectorLabels" -}}
app.kubernetes.io/name: {{ include "datagen-operator.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "datagen-operator.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "datagen-operator.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: datagen
{{- end }}

{{/* The operator's service account. */}}
{{- define "datagen-operator.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "datagen-operator.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The operator's service account as the subject of a role binding. */}}
{{- define "datagen-operator.subjects" -}}
- kind: ServiceAccount
  name: {{ include "datagen-operator.serviceAccountName" . }}
  namespace: {{ .Release.Namespace }}
{{- end }}

{{- define "datagen-operator.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* QUARKUS_OPERATOR_SDK_NAMESPACES: the watched namespaces, comma-separated, or all of them. */}}
{{- define "datagen-operator.watchedNamespaces" -}}
{{- if .Values.watchNamespaces }}
{{- join "," .Values.watchNamespaces }}
{{- else -}}
JOSDK_ALL_NAMESPACES
{{- end }}
{{- end }}

{{/* Namespaces that get the generator Jobs' service account: the release's and the watched ones. */}}
{{- define "datagen-operator.jobNamespaces" -}}
{{- append .Values.watchNamespaces .Release.Namespace | uniq | toJson }}
{{- end }}
