"""The harness's measurements against values computed by hand."""
import math

import numpy as np
import pytest
import torch
from torch import nn

from grader.harness import data, measure


def test_digits_are_sklearns_bundled_set_with_a_fixed_stratified_split():
    from sklearn.datasets import load_digits

    x, y = data.load_digits_arrays()
    ref_x, ref_y = load_digits(return_X_y=True)
    assert np.array_equal(x, ref_x) and np.array_equal(y, ref_y)
    x_train, y_train, x_val, y_val = data.digits()
    assert (len(x_train), len(x_val)) == (1347, 450)
    assert float(x_train.max()) == 1.0 and float(x_train.min()) == 0.0
    assert sorted(torch.bincount(y_val).tolist())[0] >= 44, "every digit is in the validation set"
    again = data.digits()
    assert torch.equal(again[2], x_val), "the split never changes"


def test_projection_loss_is_the_scaled_inner_product_with_a_fixed_gaussian():
    out = torch.arange(6.0).reshape(2, 3)
    r = torch.randn(2, 3, generator=torch.Generator().manual_seed(7))
    expected = float((out * r).sum() / math.sqrt(6))
    assert measure.projection_loss(out, 7).item() == pytest.approx(expected)
    assert measure.projection_loss(out * 10, 7).item() == pytest.approx(10 * expected)


def test_weight_grad_norms_of_a_linear_model_match_the_closed_form():
    layer = nn.Linear(3, 2, bias=False)
    x = torch.tensor([[1.0, 2.0, 3.0]])
    (name, norm), = measure.weight_grad_norms(nn.Sequential(layer), x, seed=3)
    r = torch.randn(1, 2, generator=torch.Generator().manual_seed(3))
    # dL/dW = r^T x / sqrt(2): its Frobenius norm is |r| |x| / sqrt(2).
    assert norm == pytest.approx(float(r.norm() * x.norm() / math.sqrt(2)), rel=1e-6)
    assert name == "0"


def test_saturation_and_dead_units():
    sigmoid_out = torch.tensor([[0.999, 0.5], [0.001, 0.5]])  # unit 0 saturated, unit 1 not
    assert measure.saturation_of(nn.Sigmoid(), sigmoid_out) == pytest.approx(0.5)
    assert measure.saturation_of(nn.Tanh(), torch.tensor([[0.99, 0.1]])) == pytest.approx(0.5)
    assert measure.saturation_of(nn.ReLU(), sigmoid_out) is None
    relu_out = torch.tensor([[1.0, 0.0], [2.0, 0.0]])  # unit 1 is zero for every example: dead
    assert measure.dead_of(nn.ReLU(), relu_out) == pytest.approx(0.5)
    assert measure.dead_of(nn.Sigmoid(), relu_out) is None


def test_accuracy_and_downsample():
    model = nn.Linear(2, 2, bias=False)
    with torch.no_grad():
        model.weight.copy_(torch.eye(2))
    x = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
    assert measure.accuracy(model, x, torch.tensor([0, 1, 1])) == pytest.approx(2 / 3)
    assert measure.downsample(list(range(1000)), 10)[:3] == [0, 100, 200]
    assert measure.downsample([1, 2], 10) == [1, 2]
