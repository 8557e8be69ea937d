using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.AspNetCore.Mvc.ModelBinding;
using Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.BackgroundWorkers;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.Modularity;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Quartz;

namespace Humanitarian.Framework;

/// <summary>Registers the framework: MVC conventions, filters, localization, permissions, repositories.</summary>
public sealed class HumanitarianFrameworkModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AbpAuditingOptions>();

        services.AddLocalization();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, JsonStringLocalizerFactory>());
        // Vietnamese letters are written as they are, in pages and in JSON.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddTransient(typeof(IRepository<,>), typeof(EfCoreRepository<,>));
        services.AddTransient(typeof(TreeRules<>));
        services.AddTransient(typeof(UniqueCodes<>));
        services.AddSingleton<ExceptionToErrorConverter>();
        services.AddSingleton<BusinessExceptionLocalizer>();
        services.Configure<AbpExceptionLocalizationOptions>(o => o.MapCodeNamespace("AbpEmailing", typeof(AbpFrameworkResource)));

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionRequirementHandler>();
        services.AddAntiforgery(o => o.HeaderName = AbpAntiforgeryCookieMiddleware.HeaderName);

        // Client errors without a body (404, 415...) get ABP's error body from the error pages, not ProblemDetails.
        services.Configure<ApiBehaviorOptions>(o =>
        {
            o.SuppressModelStateInvalidFilter = true;
            o.SuppressMapClientErrors = true;
        });
        var mvc = services.AddControllersWithViews(o =>
            {
                o.Filters.Add<AbpExceptionFilter>();
                o.Filters.Add<AbpApiAntiforgeryFilter>();
                o.Filters.Add<AbpValidationActionFilter>();
                o.Filters.Add<UnitOfWorkFilter>();
                o.Filters.Add<RemoteServiceResultFilter>();
                o.ModelBinderProviders.Insert(0, new RemoteStreamContentModelBinderProvider());
                // Amounts of đồng named by the modules (VndAmountOptions) accept 1.234.567.
                o.ModelBinderProviders.Insert(0, new VndAmountBinderProvider());
                // An upload is bytes, not a model: nothing inside it to validate.
                o.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(IRemoteStreamContent)));
                o.Conventions.Add(new ApplicationServiceConvention());
                o.ModelMetadataDetailsProviders.Add(new LocalizedValidationMetadataProvider());
                o.ModelMetadataDetailsProviders.Add(new InputValidationMetadataProvider());
                o.AllowEmptyInputInBodyModelBinding = true;
                VietnamDateModelBinderProvider.AddTo(o);
            })
            .AddJsonOptions(o => ConfigureJson(o.JsonSerializerOptions))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = ValidationStringLocalizer.For);
        // The OpenAPI document and minimal endpoints read these options, not MVC's: the same settings, so
        // the document describes what the controllers send.
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, AbpRemoteServiceApiDescriptionProvider>());
        // MvcOptions.Filters apply to Razor Pages too: the unit of work wraps page handlers as well.
        services.AddRazorPages();
        services.AddSingleton<IConfigureOptions<MvcOptions>, ModelBindingMessagesSetup>();
        services.AddOptions<AbpBadgeOptions>();
        services.Replace(ServiceDescriptor.Singleton<IObjectModelValidator, AbpObjectModelValidator>());

        mvc.ConfigureApplicationPartManager(manager =>
        {
            manager.FeatureProviders.Add(new ApplicationServiceControllerFeatureProvider());
        });

        // Quartz hosts the recurring jobs (AddRecurringJob) of the framework and the modules.
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        // The outbox dispatcher runs every Emailing:DispatchIntervalSeconds (10).
        services.AddRecurringJob<EmailOutboxJob>("email-outbox",
            TimeSpan.FromSeconds(context.Configuration.GetValue("Emailing:DispatchIntervalSeconds", 10)));
        if (context.Configuration.GetValue<double?>("Emailing:ClaimLeaseSeconds") is { } leaseSeconds)
        {
            services.Configure<EmailOutboxOptions>(o => o.ClaimLease = TimeSpan.FromSeconds(leaseSeconds));
        }
        AddBackgroundJobs(services, context.Configuration);
    }

    /// <summary>
    /// The API's JSON: enums as their names, Vietnamese letters unescaped, and numbers as JSON numbers only
    /// (the web defaults also read "12" as 12, which would make every integer <c>integer | string</c> to a client).
    /// </summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.NumberHandling = JsonNumberHandling.Strict;
    }

    /// <summary>
    /// The background job worker runs every <c>BackgroundJobs:PollPeriodSeconds</c> (5) unless
    /// <c>BackgroundJobs:IsJobExecutionEnabled</c> is false (this server only enqueues).
    /// </summary>
    private static void AddBackgroundJobs(IServiceCollection services, IConfiguration configuration)
    {
        var isJobExecutionEnabled = configuration.GetValue("BackgroundJobs:IsJobExecutionEnabled", true);
        var pollPeriod = TimeSpan.FromSeconds(configuration.GetValue("BackgroundJobs:PollPeriodSeconds", 5.0));
        services.Configure<AbpBackgroundJobOptions>(o => o.IsJobExecutionEnabled = isJobExecutionEnabled);
        // Quartz's trigger is made here, so the poll period comes from configuration only.
        services.Configure<AbpBackgroundJobWorkerOptions>(o => o.JobPollPeriod = (int)pollPeriod.TotalMilliseconds);
        services.AddRecurringJob<BackgroundJobWorkerJob>(BackgroundJobWorkerJob.Name, pollPeriod);
    }

    /// <summary>Adds each module's assembly so its application services and pages are found.</summary>
    public static void AddModuleParts(IMvcBuilder mvc, AbpModuleContainer modules)
    {
        mvc.ConfigureApplicationPartManager(manager =>
        {
            foreach (var assembly in modules.Assemblies)
            {
                if (manager.ApplicationParts.OfType<AssemblyPart>().All(p => p.Assembly != assembly))
                {
                    manager.ApplicationParts.Add(new AssemblyPart(assembly));
                }
            }
        });
    }
}

public static class AbpApplicationBuilderExtensions
{
    /// <summary>Tenant of the request; after authentication, before authorization.</summary>
    public static IApplicationBuilder UseAbpMultiTenancy(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();

    public static IApplicationBuilder UseAbpAntiforgeryCookie(this IApplicationBuilder app) =>
        app.UseMiddleware<AbpAntiforgeryCookieMiddleware>();

    /// <summary>Replays repeated POSTs with the same Idempotency-Key; after authorization.</summary>
    public static IApplicationBuilder UseAbpIdempotency(this IApplicationBuilder app) =>
        app.UseMiddleware<IdempotencyMiddleware>();
}
