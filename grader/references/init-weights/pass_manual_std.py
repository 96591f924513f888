import math

import torch
from torch import nn


def init_weights(model: nn.Module, nonlinearity: str) -> None:
    gain = math.sqrt(2.0) if nonlinearity == "relu" else 5.0 / 3.0
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, nn.Linear):
                fan_in = module.weight.shape[1]
                module.weight.normal_(0.0, gain / math.sqrt(fan_in))
                if module.bias is not None:
                    module.bias.zero_()
