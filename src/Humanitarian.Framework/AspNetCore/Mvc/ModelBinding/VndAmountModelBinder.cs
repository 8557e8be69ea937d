using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Humanitarian.Framework.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// Binds a <c>long</c> (or <c>long?</c>) amount of đồng typed with Vietnam's grouping, <c>1.234.567</c>,
/// as <c>&lt;abp-money-input&gt;</c> shows it. Opt-in per property with <see cref="VndAmountAttribute"/>:
/// dots are not grouping in every number (codes, versions).
/// </summary>
public sealed class VndAmountModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            // Empty is "no amount": null for long?, a required-value error for long, as MVC does.
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(text ?? ""));
            }

            return Task.CompletedTask;
        }

        if (Vnd.TryParse(text, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(
                    text, bindingContext.ModelMetadata.GetDisplayName()));
        }

        return Task.CompletedTask;
    }
}

/// <summary>Marks a <c>long</c> amount of đồng bound from a form or query: <c>1.234.567</c> is accepted.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class VndAmountAttribute() : ModelBinderAttribute(typeof(VndAmountModelBinder));
