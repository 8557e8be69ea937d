using System.Collections;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Options;

namespace Humanitarian.Framework.Validation;

/// <summary>
/// MVC's object validator, except that a collection over its item limit is not walked item by item:
/// 10,000 invalid items would fill ModelState up to its error cap, and the cap stops validation before
/// the collection's own limit is reported. Refused by its count alone, it answers with the limit's message.
/// </summary>
public sealed class AbpObjectModelValidator(IModelMetadataProvider metadataProvider, IOptions<MvcOptions> options)
    : ObjectModelValidator(metadataProvider, options.Value.ModelValidatorProviders)
{
    public override ValidationVisitor GetValidationVisitor(
        ActionContext actionContext, IModelValidatorProvider validatorProvider, ValidatorCache validatorCache,
        IModelMetadataProvider metadataProvider, ValidationStateDictionary? validationState) =>
        new OversizedCollectionsFirstVisitor(actionContext, validatorProvider, validatorCache, metadataProvider, validationState)
        {
            MaxValidationDepth = options.Value.MaxValidationDepth,
            ValidateComplexTypesIfChildValidationFails = options.Value.ValidateComplexTypesIfChildValidationFails,
        };

    private sealed class OversizedCollectionsFirstVisitor(
        ActionContext actionContext, IModelValidatorProvider validatorProvider, ValidatorCache validatorCache,
        IModelMetadataProvider metadataProvider, ValidationStateDictionary? validationState)
        : ValidationVisitor(actionContext, validatorProvider, validatorCache, metadataProvider, validationState)
    {
        // Reporting the children as valid lets the node's own validators, the limit among them, run next.
        protected override bool VisitChildren(IValidationStrategy strategy) =>
            Model is ICollection items && Metadata is { } metadata && items.Count > MaxItems(metadata) || base.VisitChildren(strategy);

        private static int MaxItems(ModelMetadata metadata) =>
            metadata.ValidatorMetadata.Select(v => v switch
            {
                CollectionItemsAttribute { MaxCount: { } max } => max,
                MaxLengthAttribute { Length: >= 0 } a => a.Length,
                LengthAttribute a => a.MaximumLength,
                _ => int.MaxValue,
            }).DefaultIfEmpty(int.MaxValue).Min();
    }
}
