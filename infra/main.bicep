// Customer Pulse: everything one environment needs in one resource group.
//
//   Static Web App    the tab (tab/dist), with its security headers (CSP frame-ancestors for
//                     Teams, Outlook and Microsoft 365) from staticwebapp.config.json
//   Storage account   the API's tables, the Functions host's own blobs and the API's
//                     deployment package
//   Function App      Flex Consumption (FC1), Node.js, the @azure/functions v4 programming model,
//                     runs from the package in the deployment container, system-assigned identity
//   Key Vault         the voter-key HMAC secret and the tables' connection string
//   App Insights      with a Log Analytics workspace, Entra-only ingestion
//
// Deployed by Microsoft 365 Agents Toolkit (infra/teamsapp.yml, arm/deploy) or by hand with
// `az deployment group create` (infra/README.md, "Deploy").

targetScope = 'resourceGroup'

@description('Short name the resource names are made from: 3-14 lowercase letters, digits or hyphens.')
@minLength(3)
@maxLength(14)
param resourceBaseName string

@description('Environment name (dev, prod, ...), used in tags.')
param environmentName string

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('Client id of the Entra app that Teams SSO issues tokens for (AAD_APP_CLIENT_ID). The API only accepts tokens with this audience.')
param aadAppClientId string

@description('Home tenant of that Entra app (AAD_APP_TENANT_ID); the default of allowedTenantIds.')
param aadAppTenantId string

@description('Who may sign in to the Entra app: AzureADMyOrg (single tenant, the default: infra/README.md, "Tenancy") or AzureADMultipleOrgs. Must equal signInAudience of infra/aad.manifest.json and of aadApp/create in teamsapp.yml; the API reads it (AUTH_SIGN_IN_AUDIENCE) to refuse a multi-tenant start without allowedTenantIds.')
@allowed([
  'AzureADMyOrg'
  'AzureADMultipleOrgs'
])
param signInAudience string = 'AzureADMyOrg'

@description('Tenants whose users may call the API (ALLOWED_TENANT_IDS), by default the app\'s own. Listing a tenant is not enough for it to get in: Entra issues it tokens only when signInAudience is AzureADMultipleOrgs and its admin consented. Required (not empty) when multi-tenant; empty means no tenant list, which single-tenant may use since only the home tenant gets tokens.')
param allowedTenantIds array = [aadAppTenantId]

@description('Break-glass admins as tenantId/userId pairs (ADMIN_USER_IDS), besides users assigned the CustomerPulse.Admin app role (infra/README.md, "Admin role"). Admins may erase a team\'s data and write templates for the whole tenant.')
param adminUserIds array = []

@description('Server secret that turns user ids into pseudonymous voter keys (at least 32 characters). Stored in Key Vault, never in app settings.')
@secure()
@minLength(32)
param voterKeySecret string

@description('Client secret of the Entra app, for the On-Behalf-Of exchange that asks Microsoft Graph for team membership. Stored in Key Vault, never in app settings.')
@secure()
param aadAppClientSecret string

@description('People who must have rated a statement before its result is shown. Never lower than 3.')
@minValue(3)
param anonymityThreshold int = 3

@description('Node.js major version of the Functions runtime: the newest LTS that Flex Consumption runs as generally available (Node.js 20 reached its end of life on 2026-04-30).')
@allowed([
  '22'
])
param nodeVersion string = '22'

@description('Most instances the Flex Consumption plan may scale out to.')
@minValue(40)
@maxValue(1000)
param functionMaximumInstanceCount int = 100

@description('Memory of each Flex Consumption instance.')
@allowed([
  512
  2048
  4096
])
param functionInstanceMemoryMB int = 2048

@description('Origins besides the tab\'s own Static Web Apps host name that may call the API from a browser (for example a custom domain of the Static Web App).')
param additionalCorsOrigins array = []

@description('Plan of the Static Web App that serves the tab. Standard has an SLA and 5 custom domains; Free has no SLA (fine for dev). Both send the custom headers of staticwebapp.config.json.')
@allowed([
  'Free'
  'Standard'
])
param staticWebAppSku string = 'Standard'

@description('Region of the Static Web App resource. Static Web Apps serves the tab from its global edge network; the region holds the resource and its (unused) managed functions and staging environments, and only these regions offer it.')
@allowed([
  'westeurope'
  'eastus2'
  'centralus'
  'westus2'
  'eastasia'
])
param staticWebAppLocation string = 'westeurope'

@description('Keep deleted Key Vault secrets recoverable for 90 days and forbid purging them. Recommended for production; a dev vault with it on cannot be recreated under the same name for 90 days.')
param keyVaultPurgeProtection bool = true

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Extra tags for every resource.')
param tags object = {}

var suffix = take(uniqueString(subscription().id, resourceGroup().id, resourceBaseName), 6)
var compactBase = toLower(replace(resourceBaseName, '-', ''))
var storageAccountName = take('st${compactBase}${suffix}', 24)
var keyVaultName = take('kv-${resourceBaseName}-${suffix}', 24)
var functionAppName = 'func-${resourceBaseName}-${suffix}'
var staticWebAppName = 'swa-${resourceBaseName}-${suffix}'
var planName = 'plan-${resourceBaseName}-${suffix}'
var appInsightsName = 'appi-${resourceBaseName}-${suffix}'
var workspaceName = 'log-${resourceBaseName}-${suffix}'
var deploymentContainerName = 'app-package'
// The tables of api/src/storage/tables.ts (the API also creates them if missing).
var tableNames = [
  'sessions'
  'votes'
  'answers'
  'participants'
  'actions'
  'summaries'
  'teamsettings'
  'registers'
  'templates'
  'publications'
  'quotas'
  'meetingchecks'
  'voterchecks'
  'leadershiprollup'
]
var allTags = union(tags, {
  application: 'customer-pulse'
  environment: environmentName
})

// The tab's Static Web Apps host name, e.g. gentle-sky-0a1b2c3d4.5.azurestaticapps.net
var tabDomain = tabSite.properties.defaultHostname
var tabOrigin = 'https://${tabDomain}'
var loginEndpoint = environment().authentication.loginEndpoint // ends with '/'

// Built-in role definitions.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// ---------------------------------------------------------------------------------------------
// Monitoring
// ---------------------------------------------------------------------------------------------

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: allTags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: allTags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry is accepted only with an Entra token (the Function App's identity).
    DisableLocalAuth: true
  }
}

// ---------------------------------------------------------------------------------------------
// Tab: Azure Static Web Apps
// ---------------------------------------------------------------------------------------------

// Static Web Apps (not a Storage static website) because the tab needs response headers: a
// Content-Security-Policy whose frame-ancestors lists Teams, Outlook and Microsoft 365 cannot
// be sent from a Storage static website, and a <meta> CSP cannot carry frame-ancestors. The
// headers come from staticwebapp.config.json (globalHeaders), rendered from
// tab/securityHeaders.mjs at deploy time (infra/scripts/render-swa-config.mjs). Static Web Apps
// serves the site over HTTPS with a managed certificate.
// Deployments use the site's deployment token (teamsapp.yml: azureStaticWebApps/getDeploymentToken
// into SECRET_TAB_SWA_DEPLOYMENT_TOKEN, then the SWA CLI); the token is never a template output.
resource tabSite 'Microsoft.Web/staticSites@2024-04-01' = {
  name: staticWebAppName
  location: staticWebAppLocation
  tags: allTags
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {
    // The headers live in staticwebapp.config.json: it must be applied on every deployment.
    allowConfigFileUpdates: true
    // No pull-request preview environments: every deployment goes to production, and no other
    // publicly reachable copy of the tab exists.
    stagingEnvironmentPolicy: 'Disabled'
  }
}

// ---------------------------------------------------------------------------------------------
// Storage: tables, Functions host and deployment package (the tab is not served from here)
// ---------------------------------------------------------------------------------------------

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: allTags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    // The API reads its tables through STORAGE_CONNECTION_STRING (api/src/config.ts), which
    // needs the account key. The Functions host and the deployment package use the managed
    // identity instead. Turn this off once the API uses identity-based table access.
    allowSharedKeyAccess: true
    publicNetworkAccess: 'Enabled'
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        blob: {
          enabled: true
        }
        table: {
          enabled: true
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

// ---------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: allTags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: keyVaultPurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource voterKeySecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'voter-key-secret'
  properties: {
    value: voterKeySecret
    contentType: 'HMAC key for pseudonymous voter ids'
  }
}

resource aadAppClientSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'aad-app-client-secret'
  properties: {
    value: aadAppClientSecret
    contentType: 'Entra app client secret for the On-Behalf-Of flow'
  }
}

resource storageConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
    contentType: 'Table Storage connection string for the API'
  }
}

// ---------------------------------------------------------------------------------------------
// API: Function App on the Flex Consumption plan
// ---------------------------------------------------------------------------------------------

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: allTags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true // Linux
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  tags: allTags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: 'SystemAssigned'
    functionAppConfig: {
      // Flex Consumption always runs from the package in this container (the plan's form of
      // run-from-package); the WEBSITE_RUN_FROM_PACKAGE setting is not used on this plan.
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer.name}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: functionMaximumInstanceCount
        instanceMemoryMB: functionInstanceMemoryMB
      }
      runtime: {
        name: 'node'
        version: nodeVersion
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: union([tabOrigin], additionalCorsOrigins)
        supportCredentials: false
      }
      appSettings: [
        // Functions host storage through the managed identity (no key).
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'Authorization=AAD'
        }
        // Read by api/src/config.ts.
        {
          name: 'STORAGE_CONNECTION_STRING'
          value: '@Microsoft.KeyVault(SecretUri=${storageConnectionSecret.properties.secretUri})'
        }
        {
          name: 'VOTER_KEY_SECRET'
          value: '@Microsoft.KeyVault(SecretUri=${voterKeySecretEntry.properties.secretUri})'
        }
        {
          name: 'AUTH_JWKS_URL'
          value: '${loginEndpoint}common/discovery/v2.0/keys'
        }
        {
          name: 'AUTH_ISSUER'
          value: '${loginEndpoint}{tenantid}/v2.0,https://sts.windows.net/{tenantid}/'
        }
        {
          name: 'AUTH_AUDIENCE'
          value: 'api://${tabDomain}/${aadAppClientId},${aadAppClientId}'
        }
        // Team membership: the token's groups claim, else Microsoft Graph on behalf of the caller.
        {
          name: 'AUTH_AUTHORITY'
          value: loginEndpoint
        }
        {
          name: 'AUTH_CLIENT_ID'
          value: aadAppClientId
        }
        {
          name: 'AUTH_CLIENT_SECRET'
          value: '@Microsoft.KeyVault(SecretUri=${aadAppClientSecretEntry.properties.secretUri})'
        }
        {
          name: 'GRAPH_BASE_URL'
          value: environment().graph
        }
        {
          name: 'ADMIN_USER_IDS'
          value: join(adminUserIds, ',')
        }
        {
          name: 'ALLOWED_TENANT_IDS'
          value: join(allowedTenantIds, ',')
        }
        {
          name: 'AUTH_SIGN_IN_AUDIENCE'
          value: signInAudience
        }
        {
          name: 'ANONYMITY_THRESHOLD'
          value: string(anonymityThreshold)
        }
        // For identity-based table access (not read by the API yet).
        {
          name: 'STORAGE_ACCOUNT_NAME'
          value: storage.name
        }
        {
          name: 'STORAGE_TABLE_ENDPOINT'
          value: storage.properties.primaryEndpoints.table
        }
      ]
    }
  }
}

// No FTP and no basic-auth publishing: deployments authenticate with Entra ID.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

// ---------------------------------------------------------------------------------------------
// What the Function App's identity may do
// ---------------------------------------------------------------------------------------------

// Host storage and the deployment container.
resource blobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, roles.storageBlobDataOwner)
  scope: storage
  properties: {
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
  }
}

// Tables, for identity-based access once the API uses it.
resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
  }
}

// Key Vault references in the app settings.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, functionApp.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

// Entra-authenticated telemetry.
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionApp.id, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

// ---------------------------------------------------------------------------------------------
// Outputs: the Agents Toolkit writes these into infra/env/.env.<environment>.
// ---------------------------------------------------------------------------------------------

output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = tabSite.id
output TAB_DOMAIN string = tabDomain
output TAB_ENDPOINT string = tabOrigin
output API_FUNCTION_RESOURCE_ID string = functionApp.id
output API_FUNCTION_APP_NAME string = functionApp.name
output API_ENDPOINT string = 'https://${functionApp.properties.defaultHostName}'
output AZURE_KEY_VAULT_NAME string = vault.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.name
