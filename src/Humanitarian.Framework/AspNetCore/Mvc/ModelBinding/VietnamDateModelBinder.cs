using System.Globalization;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Humanitarian.Framework.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// Binds <see cref="DateOnly"/> and <see cref="DateTime"/> (nullable too) from a form or query value
/// written <c>dd/MM/yyyy</c>, as the date input shows it, whatever the request's culture: an English
/// page must not read <c>05/03/2025</c> as 3 May. Any value with a slash is read that way or refused;
/// other values (ISO <c>2025-03-05</c> from links, scripts and API clients) keep MVC's own binding.
/// </summary>
public sealed class VietnamDateModelBinder(IModelBinder fallback) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        var text = result.FirstValue;
        if (text is null || !text.Contains('/', StringComparison.Ordinal))
        {
            return fallback.BindModelAsync(bindingContext);
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        if (!VietnamTime.TryParseDate(text, out var date))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(
                    text, bindingContext.ModelMetadata.GetDisplayName()));
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(
            bindingContext.ModelMetadata.UnderlyingOrModelType == typeof(DateTime)
                ? date.ToDateTime(TimeOnly.MinValue)
                : date);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Puts <see cref="VietnamDateModelBinder"/> in front of MVC's own binders of dates, which it falls back
/// to (so body, header and custom binders are untouched): call <see cref="AddTo"/> on <see cref="MvcOptions"/>.
/// </summary>
public sealed class VietnamDateModelBinderProvider : IModelBinderProvider
{
    // What MVC's DateTimeModelBinderProvider uses.
    private const DateTimeStyles MvcDateTimeStyles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;

    public static void AddTo(MvcOptions options)
    {
        var providers = options.ModelBinderProviders;
        var firstSimpleBinder = providers.ToList().FindIndex(p => p is DateTimeModelBinderProvider or SimpleTypeModelBinderProvider);
        providers.Insert(firstSimpleBinder, new VietnamDateModelBinderProvider());
    }

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        var logging = context.Services.GetRequiredService<ILoggerFactory>();
        if (type == typeof(DateTime))
        {
            return new VietnamDateModelBinder(new DateTimeModelBinder(MvcDateTimeStyles, logging));
        }

        return type == typeof(DateOnly)
            ? new VietnamDateModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, logging))
            : null;
    }
}
